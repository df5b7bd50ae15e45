package org.tarjoman.api.job.xliff;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Translates an exported file the way a CAT tool does: copies each unit's source, codes and all,
 * into its target, replaces the text runs with the translation's pieces and sets the state. Either
 * by editing the XML (DOM), or through Okapi's XLIFF 2 reader and writer, a second producer.
 */
final class CatTool {

    private static final Set<String> NATIVE_CODES = Set.of("bpt", "ept", "ph", "it", "data");

    private CatTool() {
    }

    /** @param pieces per unit id, the target's text runs in the order of the source's */
    static String translate(String xliff, Map<String, List<String>> pieces, String state) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
        boolean v2 = doc.getDocumentElement().getNamespaceURI().endsWith(":2.0");
        String ns = doc.getDocumentElement().getNamespaceURI();
        NodeList units = doc.getElementsByTagNameNS(ns, v2 ? "unit" : "trans-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            List<String> text = pieces.get(unit.getAttribute("id"));
            if (text == null) {
                continue;
            }
            Element holder = v2 ? child(unit, ns, "segment") : unit;
            Element source = child(holder, ns, "source");
            Element target = child(holder, ns, "target");
            if (target == null) {
                target = doc.createElementNS(ns, "target");
                holder.insertBefore(target, source.getNextSibling());
            }
            while (target.getFirstChild() != null) {
                target.removeChild(target.getFirstChild());
            }
            for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
                target.appendChild(n.cloneNode(true));
            }
            List<Node> runs = new ArrayList<>();
            textRuns(target, runs);
            for (int r = 0; r < runs.size(); r++) {
                runs.get(r).setTextContent(r < text.size() ? text.get(r) : "");
            }
            (v2 ? holder : target).setAttribute("state", state);
        }
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    /** Reads an XLIFF 2 file with Okapi, fills targets the same way, writes it with Okapi's writer. */
    static String translateWithOkapi(String xliff, Map<String, List<String>> pieces, String state) {
        StringWriter out = new StringWriter();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
             XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
            writer.create(out, null);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit() && pieces.containsKey(event.getUnit().getId())) {
                    Unit unit = event.getUnit();
                    Segment segment = (Segment) unit.getPart(0);
                    Fragment target = segment.getTarget(Part.GetTarget.CLONE_SOURCE);
                    target.setCodedText(replaceRuns(target.getCodedText(), pieces.get(unit.getId())));
                    segment.setState(state);
                }
                writer.writeEvent(event);
            }
        }
        return out.toString();
    }

    /** Okapi's coded text: a tag is a marker character (U+E101…) followed by its index character. */
    private static String replaceRuns(String coded, List<String> text) {
        StringBuilder out = new StringBuilder();
        int run = 0;
        boolean inRun = false;
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (c >= '\uE101' && c <= '\uE111') {
                out.append(c).append(coded.charAt(++i));
                inRun = false;
            } else if (!inRun) {
                out.append(run < text.size() ? text.get(run) : "");
                run++;
                inRun = true;
            }
        }
        return out.toString();
    }

    private static void textRuns(Node node, List<Node> runs) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                runs.add(n);
            } else if (n.getNodeType() == Node.ELEMENT_NODE && !NATIVE_CODES.contains(n.getLocalName())) {
                textRuns(n, runs);
            }
        }
    }

    private static Element child(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
