package org.crmgateway.web.api.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailHtmlSanitizerTest {

    private static String clean(String html) {
        return MailHtmlSanitizer.sanitize(html, Map.of("logo@x", "/api/activities/7/attachments/3"));
    }

    @Test
    void removesScriptsAndEventHandlers() {
        String html = clean("<p onclick=\"steal()\">Hi</p><script>alert(1)</script><img src=x onerror=alert(1)>");
        assertThat(html).contains("Hi").doesNotContain("script").doesNotContain("onclick")
                .doesNotContain("onerror").doesNotContain("alert");
    }

    @Test
    void removesJavascriptAndDataUrls() {
        String html = clean("<a href=\"javascript:alert(1)\">a</a><a href=\"data:text/html,x\">b</a>"
                + "<a href=\"JaVaScRiPt:alert(1)\">c</a>");
        assertThat(html.toLowerCase()).doesNotContain("javascript").doesNotContain("data:").doesNotContain("href");
    }

    @Test
    void keepsHttpLinksWithSafeRels() {
        String html = clean("<a href=\"https://acme.example/offer\">offer</a>");
        assertThat(html).contains("href=\"https://acme.example/offer\"").contains("noopener").contains("noreferrer");
    }

    @Test
    void dropsRemoteImagesAndRewritesInlineOnes() {
        String html = clean("<img src=\"https://tracker.example/p.gif\"><img src=\"cid:LOGO@x\" alt=\"logo\">");
        assertThat(html).doesNotContain("tracker").contains("src=\"/api/activities/7/attachments/3\"");
    }

    @Test
    void dropsImagesOfUnknownContentIdsAndDataImages() {
        String html = clean("<img src=\"cid:other@x\"><img src=\"data:image/png;base64,AAAA\">");
        assertThat(html).doesNotContain("img");
    }

    @Test
    void removesStyleSheetsFormsFramesAndUrlsInStyles() {
        String html = clean("<style>body{}</style><form action=\"https://x\"><input></form>"
                + "<iframe src=\"https://x\"></iframe><div style=\"background:url(https://t.example/a)\">t</div>");
        assertThat(html).doesNotContain("<style").doesNotContain("form").doesNotContain("iframe")
                .doesNotContain("url(").contains("t");
    }

    @Test
    void keepsTablesAndFormatting() {
        String html = clean("<table><tr><td><b>120</b> t</td></tr></table>");
        assertThat(html).contains("<table>").contains("<td>").contains("<b>120</b>");
    }
}
