package org.crmgateway.caldav.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

public class DavXmlTest {

    public static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&lol4;</D:displayname></D:prop></D:propfind>""";

    public static final String BILLION_LAUGHS_REPORT = BILLION_LAUGHS.replace("D:propfind", "D:sync-collection");

    @Test
    void rejectsExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "%s">]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&xxe;</D:displayname></D:prop></D:propfind>"""
                .formatted(secret.toUri());
        assertThatThrownBy(() -> DavXml.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void rejectsEntityExpansion() {
        assertThatThrownBy(() -> DavXml.parse(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serializesElementsAsSelfContainedFragments() {
        Element root = DavXml.parse("""
                <D:propertyupdate xmlns:D="DAV:" xmlns:A="http://apple.com/ns/ical/"><D:set><D:prop>
                <A:calendar-order a="1">3 &amp; 4<A:inner/></A:calendar-order></D:prop></D:set></D:propertyupdate>"""
                .getBytes(StandardCharsets.UTF_8));
        Element order = (Element) root.getElementsByTagNameNS("http://apple.com/ns/ical/", "calendar-order").item(0);
        String fragment = DavXml.serialize(order);
        assertThat(fragment).isEqualTo(
                "<calendar-order xmlns=\"http://apple.com/ns/ical/\" a=\"1\">3 &amp; 4<inner></inner></calendar-order>");
        assertThat(DavXml.name(DavXml.parse(fragment.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new PropName("http://apple.com/ns/ical/", "calendar-order"));
    }

    @Test
    void writerEscapesTextAndDeclaresForeignNamespaces() {
        StringWriter out = new StringWriter();
        new XmlWriter(out).root(PropName.dav("multistatus")).element(new PropName("urn:x", "p"), "a<b&\"c\"\u0001")
                .end().flush();
        assertThat(out.toString()).contains("<x:p xmlns:x=\"urn:x\">a&lt;b&amp;\"c\"</x:p>");
        DavXml.parse(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
