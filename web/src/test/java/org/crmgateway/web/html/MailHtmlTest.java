package org.crmgateway.web.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    private static final String REMOTE = "http://127.0.0.1:9/remote";

    static List<String> vectors() throws IOException {
        try (InputStream in = MailHtmlTest.class.getResourceAsStream("/xss/vectors.html")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(all.split("(?m)^-----$")).skip(1).map(String::strip).toList();
        }
    }

    @Test
    void removesEveryScriptHandlerAndForeignUrlOfTheCorpus() throws IOException {
        List<String> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThan(30);
        for (String vector : vectors) {
            String out = MailHtml.sanitize(vector.replace("REMOTE", REMOTE), cid -> Optional.empty(), false).html()
                    .toLowerCase(Locale.ROOT);
            assertThat(out).as(vector)
                    .doesNotContain("<script", "javascript:", "vbscript:", "data:text", "<iframe", "<svg", "<style",
                            "<link", "<meta", "<base", "<form", "<object", "<embed", "<video", "<audio", "expression(",
                            "url(", "background=", "srcset=", "poster=", "127.0.0.1")
                    .doesNotContainPattern("\\son[a-z]+\\s*=");
        }
    }

    @Test
    void holdsBackRemoteImagesUntilAsked() {
        String html = "<p>Hi</p><img src=\"https://tracker.example/p.gif\" width=\"1\"><img src=\"//cdn.example/x.png\">";

        SanitizedHtml blocked = MailHtml.sanitize(html, cid -> Optional.empty(), false);
        SanitizedHtml shown = MailHtml.sanitize(html, cid -> Optional.empty(), true);

        assertThat(blocked.blockedImages()).isEqualTo(2);
        assertThat(blocked.html()).doesNotContain("tracker.example", "cdn.example").contains("<p>Hi</p>");
        assertThat(shown.html()).contains("src=\"https://tracker.example/p.gif\"").doesNotContain("cdn.example");
    }

    @Test
    void embedsInlineRasterImagesAndDropsSvg() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        String html = "<img src=\"cid:logo@x\"><img src=\"cid:evil@x\">";

        String out = MailHtml.sanitize(html, cid -> switch (cid) {
            case "logo@x" -> Optional.of(new InlineImage("image/png", png));
            case "evil@x" -> Optional.of(new InlineImage("image/svg+xml", "<svg onload=alert(1)>".getBytes()));
            default -> Optional.empty();
        }, false).html();

        assertThat(out).contains("src=\"data:image/png;base64,iVBORw&#61;&#61;\"").doesNotContain("svg", "cid:");
    }

    @Test
    void keepsOrdinaryFormattingAndOpensLinksOutsideTheFrame() {
        String out = MailHtml.sanitize("<p style=\"color:red\"><b>Offer</b> <a href=\"https://acme.example/q\">quote</a></p>"
                + "<table><tr><td colspan=\"2\">cell</td></tr></table>", cid -> Optional.empty(), false).html();

        assertThat(out).contains("<b>Offer</b>", "color:red", "href=\"https://acme.example/q\"", "target=\"_blank\"",
                "noopener", "colspan=\"2\"");
    }

    @Test
    void escapesPlainText() {
        assertThat(MailHtml.fromText("<script>x</script> & more")).contains("&lt;script&gt;x&lt;/script&gt; &amp; more");
    }

    @Test
    void framePolicyForbidsScriptsFormsAndRemoteImages() {
        assertThat(MailHtml.CSP_WITHOUT_REMOTE_IMAGES).contains("default-src 'none'", "img-src data:", "sandbox")
                .doesNotContain("script-src", "http:");
        assertThat(MailHtml.CSP_WITH_REMOTE_IMAGES).contains("img-src data: https: http:");
    }
}
