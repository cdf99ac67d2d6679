package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmgateway.caldav.xml.DavXmlTest;
import org.junit.jupiter.api.Test;

class XmlHardeningIT extends CalDavServerIT {

    @Test
    void requestBodiesWithADoctypeAreRefusedAndTheServerStaysUp() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&xxe;</D:displayname></D:prop></D:propfind>""";
        assertThat(alice.propfind("/dav/calendars/alice/default/", xxe, "0", 400).body()).doesNotContain("root:");
        alice.report("/dav/calendars/alice/default/", DavXmlTest.BILLION_LAUGHS_REPORT, "1", 400);
        alice.propfind("/dav/calendars/alice/default/", "<D:propfind xmlns:D=\"DAV:\"><D:prop>", "0", 400);
        alice.propfind("/dav/calendars/alice/default/", PROPS, "0", 207);
    }
}
