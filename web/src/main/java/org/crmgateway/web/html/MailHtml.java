package org.crmgateway.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Sanitises the HTML of a received message for display. Scripts, event handlers, forms, frames,
 * {@code base}, {@code meta} and every URL scheme but http, https, mailto and cid are removed;
 * CSS passes only through the sanitizer's property allow-list (no {@code url()}, no expressions).
 */
public final class MailHtml {

    /** The policy of the frame showing a message while remote images are held back. */
    public static final String CSP_WITHOUT_REMOTE_IMAGES = csp("data:");
    /** The policy once the reader asked to see remote images. */
    public static final String CSP_WITH_REMOTE_IMAGES = csp("data: https: http:");

    /** Larger inline images are left out rather than embedded into the page. */
    static final int MAX_INLINE_IMAGE_BYTES = 5 * 1024 * 1024;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "img", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup",
                    "col", "hr", "br", "pre", "code", "blockquote", "dl", "dt", "dd", "center", "font", "span", "div")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("cid")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan", "align", "valign", "width", "height", "border", "cellpadding",
                    "cellspacing", "bgcolor").onElements("table", "tr", "td", "th", "col", "colgroup")
            .allowAttributes("color", "face", "size").onElements("font")
            .allowAttributes("title", "dir", "lang", "align").globally()
            .allowStyling()
            .toFactory();

    private MailHtml() {
    }

    private static String csp(String imageSources) {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src " + imageSources
                + "; form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
                + "; sandbox allow-popups allow-popups-to-escape-sandbox";
    }

    /**
     * Sanitises mail HTML.
     *
     * @param inlineImages     finds the image part of a {@code cid:} reference (the Content-ID without {@code cid:})
     * @param showRemoteImages whether http and https images stay (the reader asked for them)
     */
    public static SanitizedHtml sanitize(String html, Function<String, Optional<InlineImage>> inlineImages,
                                         boolean showRemoteImages) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, bad -> { });
        ImageRewriter rewriter = new ImageRewriter(renderer, inlineImages, showRemoteImages);
        HtmlSanitizer.sanitize(html, POLICY.apply(rewriter));
        return new SanitizedHtml(out.toString(), rewriter.blocked);
    }

    /** Plain text as a document for the same frame. */
    public static String fromText(String text) {
        return "<pre style=\"white-space:pre-wrap;font-family:inherit\">" + HtmlUtils.htmlEscape(text) + "</pre>";
    }

    /** A complete document around sanitised HTML (the frame's content). */
    public static String document(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<style>body{font-family:system-ui,sans-serif;margin:8px;overflow-wrap:anywhere}"
                + "img{max-width:100%;height:auto}</style></head><body>" + body + "</body></html>";
    }

    /** Sits between the policy and the renderer and decides what each image source becomes. */
    private static final class ImageRewriter implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver next;
        private final Function<String, Optional<InlineImage>> inlineImages;
        private final boolean showRemote;
        private int blocked;

        ImageRewriter(HtmlStreamEventReceiver next, Function<String, Optional<InlineImage>> inlineImages,
                      boolean showRemote) {
            this.next = next;
            this.inlineImages = inlineImages;
            this.showRemote = showRemote;
        }

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            next.closeDocument();
        }

        @Override
        public void openTag(String element, List<String> attrs) {
            List<String> out = new ArrayList<>(attrs.size() + 2);
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                String name = attrs.get(i);
                String value = attrs.get(i + 1);
                if (element.equals("img") && name.equals("src")) {
                    value = imageSource(value.strip());
                    if (value == null) {
                        continue;
                    }
                }
                out.add(name);
                out.add(value);
            }
            if (element.equals("a")) {
                out.add("target");
                out.add("_blank");
            }
            next.openTag(element, out);
        }

        private String imageSource(String src) {
            String lower = src.toLowerCase(Locale.ROOT);
            if (lower.startsWith("cid:")) {
                return inlineImages.apply(src.substring(4))
                        .filter(InlineImage::embeddable)
                        .filter(i -> i.content().length <= MAX_INLINE_IMAGE_BYTES)
                        .map(InlineImage::dataUri)
                        .orElse(null);
            }
            boolean remote = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
            if (remote && showRemote && !lower.startsWith("//")) {
                return src;
            }
            // relative, protocol-relative or held-back remote sources: nothing is fetched
            blocked++;
            return null;
        }

        @Override
        public void closeTag(String element) {
            next.closeTag(element);
        }

        @Override
        public void text(String text) {
            next.text(text);
        }
    }
}
