package org.crmgateway.mailingest.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Readable text of an HTML body: block elements become line breaks, scripts and styles vanish. */
final class HtmlText {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00a0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        Element body = Jsoup.parse(html).body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideHidden(t)) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    newline(out);
                }
            }
        }, body);
        return BLANK_LINES.matcher(TRAILING_SPACE.matcher(out).replaceAll("\n")).replaceAll("\n\n").strip();
    }

    private static boolean insideHidden(Node n) {
        for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && HIDDEN.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
