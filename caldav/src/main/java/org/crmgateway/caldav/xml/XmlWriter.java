package org.crmgateway.caldav.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Writes XML straight to the response as it goes, so large answers are never held in memory.
 * The well-known namespaces get fixed prefixes declared once on the root element; any other
 * namespace is declared on the element that uses it.
 */
public final class XmlWriter {
    static final Map<String, String> PREFIXES = Map.of(
            DavXml.DAV, "D", DavXml.CALDAV, "C", DavXml.CALENDARSERVER, "CS", DavXml.APPLE_ICAL, "ICAL");

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter(Writer out) {
        this.out = out;
    }

    /** Opens the document's root element, declaring the well-known prefixes. */
    public XmlWriter root(PropName name) {
        write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        String tag = tag(name);
        write("<" + tag);
        PREFIXES.forEach((ns, prefix) -> write(" xmlns:" + prefix + "=\"" + escapeAttribute(ns) + "\""));
        write(">");
        open.push(tag);
        return this;
    }

    public XmlWriter start(PropName name) {
        String tag = tag(name);
        write("<" + tag + declaration(name) + ">");
        open.push(tag);
        return this;
    }

    public XmlWriter empty(PropName name) {
        write("<" + tag(name) + declaration(name) + "/>");
        return this;
    }

    public XmlWriter end() {
        write("</" + open.pop() + ">");
        return this;
    }

    public XmlWriter text(String text) {
        write(escape(text));
        return this;
    }

    /** An element with text content. */
    public XmlWriter element(PropName name, String text) {
        return start(name).text(text).end();
    }

    /** A fragment that is already XML (a stored dead property). */
    public XmlWriter raw(String xml) {
        write(xml);
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tag(PropName name) {
        String prefix = PREFIXES.get(name.namespace());
        return prefix == null ? "x:" + name.local() : prefix + ":" + name.local();
    }

    private static String declaration(PropName name) {
        return PREFIXES.containsKey(name.namespace()) ? "" : " xmlns:x=\"" + escapeAttribute(name.namespace()) + "\"";
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes an attribute value (quoted with double quotes). */
    public static String escapeAttribute(String s) {
        return escape(s).replace("\"", "&quot;");
    }

    /** Escapes text; drops characters XML 1.0 cannot carry. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '\r' -> "&#13;";
                default -> c < 0x20 && c != '\n' && c != '\t' ? "" : null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
