package org.relance.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Safe XML parsing and namespace-agnostic walking by local names, enough for CII and UBL. */
final class XmlElements {

    private XmlElements() {
    }

    static Document parse(byte[] xml) throws Unreadable {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new Unreadable("malformed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() throws Unreadable {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            // Invoices come from strangers: no DTDs, no external entities (XXE).
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /**
     * Follows a path of child local names from {@code from}; each step may list alternatives
     * separated by {@code |} (ZUGFeRD 1 and CII D16B name the same things differently).
     */
    static Optional<Element> path(Element from, String... steps) {
        Element current = from;
        for (String step : steps) {
            current = child(current, step).orElse(null);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    static Optional<String> text(Element from, String... steps) {
        return path(from, steps).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    static Optional<Element> child(Element parent, String names) {
        List<Element> all = children(parent, names);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static List<Element> children(Element parent, String names) {
        List<String> wanted = List.of(names.split("\\|"));
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && wanted.contains(localName(e))) {
                found.add(e);
            }
        }
        return found;
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }
}
