package org.crmgateway.web.api.activity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes the HTML of a received mail safe to show (DESIGN.md invariant 5), with a strict
 * allow-list: formatting, blocks, tables and links survive; scripts, styles sheets, forms,
 * frames, event handlers and every URL that is not http, https or mailto are removed. Remote
 * images are dropped (they would tell the sender that and when the mail was read); inline images
 * ({@code cid:}) are rewritten to the gateway's own attachment URL.
 */
final class MailHtmlSanitizer {

    private static final Pattern SAFE_LINK = Pattern.compile("^(https?:|mailto:)[^\\s]*$", Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory BASE = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").matching(SAFE_LINK).onElements("a")
                    .allowAttributes("title").onElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("hr", "br", "pre", "code", "font", "center", "small", "big")
                    .allowAttributes("color", "size", "face").onElements("font")
                    .toFactory());

    private MailHtmlSanitizer() {
    }

    /**
     * @param inlineImages Content-ID (without brackets, lower-case) to the URL serving that part
     */
    static String sanitize(String html, Map<String, String> inlineImages) {
        PolicyFactory images = new HtmlPolicyBuilder()
                .allowElements((element, attributes) -> attributes.contains("src") ? element : null, "img")
                .allowUrlProtocols("cid")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowAttributes("src").matching((element, attribute, value) -> inlineUrl(value, inlineImages))
                .onElements("img")
                .toFactory();
        return BASE.and(images).sanitize(html);
    }

    private static @Nullable String inlineUrl(String src, Map<String, String> inlineImages) {
        String value = src.strip();
        if (!value.regionMatches(true, 0, "cid:", 0, 4)) {
            return null;
        }
        String cid = value.substring(4).replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
        return inlineImages.get(cid);
    }
}
