package org.crmgateway.caldav.xml;

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
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The namespaces of WebDAV and CalDAV, and the one XML parser for request bodies: no DOCTYPE at
 * all, so neither external entities (XXE) nor entity expansion (billion laughs) can happen.
 */
public final class DavXml {
    public static final String DAV = "DAV:";
    public static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    public static final String CALENDARSERVER = "http://calendarserver.org/ns/";
    public static final String APPLE_ICAL = "http://apple.com/ns/ical/";

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private DavXml() {
    }

    /** Parses a request body. @throws IllegalArgumentException when it is not well-formed or has a DOCTYPE */
    public static Element parse(byte[] body) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            Document document = builder.parse(new ByteArrayInputStream(body));
            return document.getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Request body is not acceptable XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser misconfigured", e);
        }
    }

    public static PropName name(Element e) {
        return new PropName(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName());
    }

    public static boolean is(Element e, String namespace, String local) {
        return local.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI());
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    public static List<Element> children(Element parent, String namespace, String local) {
        return children(parent).stream().filter(e -> is(e, namespace, local)).toList();
    }

    public static Optional<Element> child(Element parent, String namespace, String local) {
        return children(parent, namespace, local).stream().findFirst();
    }

    /**
     * Writes the element as a self-contained fragment (each element declares its namespace),
     * so it can be stored as a dead property and later placed into any response.
     */
    public static String serialize(Element e) {
        StringBuilder out = new StringBuilder();
        serialize(e, out, null);
        return out.toString();
    }

    private static void serialize(Element e, StringBuilder out, String parentNamespace) {
        String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        out.append('<').append(e.getLocalName());
        if (!ns.equals(parentNamespace)) {
            out.append(" xmlns=\"").append(XmlWriter.escapeAttribute(ns)).append('"');
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (a.getNamespaceURI() == null) {
                out.append(' ').append(a.getLocalName()).append("=\"").append(XmlWriter.escapeAttribute(a.getNodeValue()))
                        .append('"');
            }
        }
        out.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                serialize(child, out, ns);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(XmlWriter.escape(n.getNodeValue()));
            }
        }
        out.append("</").append(e.getLocalName()).append('>');
    }

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a hardening feature", e);
        }
    }
}
