package org.tarjoman.core.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word files made the way Word lays them out (the parts of an OOXML WordprocessingML package,
 * ECMA-376 part 1), without Word: the tests build their .docx inputs here, right-to-left paragraphs
 * ({@code w:bidi}, {@code w:rtl}) with a run split inside a sentence as Word does after an edit.
 */
final class WordFiles {

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";

    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";

    private WordFiles() {
    }

    /** A .docx whose body has these paragraphs, each in two runs split at its first space. */
    static byte[] of(List<String> paragraphs) {
        return zip(parts(body(paragraphs)));
    }

    static Map<String, byte[]> parts(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    static String body(List<String> paragraphs) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String paragraph : paragraphs) {
            int split = Math.max(paragraph.indexOf(' '), 0);
            xml.append("<w:p><w:pPr><w:bidi/></w:pPr>")
                    .append(run(paragraph.substring(0, split)))
                    .append(run(paragraph.substring(split)))
                    .append("</w:p>");
        }
        return xml.append("<w:sectPr/></w:body></w:document>").toString();
    }

    private static String run(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
