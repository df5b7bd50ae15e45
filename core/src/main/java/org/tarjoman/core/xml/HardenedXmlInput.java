package org.tarjoman.core.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one StAX set-up every file we parse (XLIFF, TMX) goes through: nothing but the given stream is
 * ever read. DTD support, external and replaced entities are off, and a resolver refuses anything;
 * each reader still refuses a DOCTYPE or entity reference at its event, with its own message.
 */
public final class HardenedXmlInput {

    private HardenedXmlInput() {
    }

    public static XMLInputFactory newFactory() {
        // the JDK's own StAX, not whichever implementation the classpath brings: its options are tested
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to read external resource " + systemId);
        });
        return factory;
    }
}
