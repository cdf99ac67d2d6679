package org.crmgateway.calendarsync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultiStatusTest {

    @Test
    void readsATruncatedSyncCollectionAnswer() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <D:multistatus xmlns:D="DAV:">
                  <D:response><D:href>/cal/a.ics</D:href>
                    <D:propstat><D:prop><D:getetag>"1"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
                  </D:response>
                  <D:response><D:href>/cal/b.ics</D:href><D:status>HTTP/1.1 404 Not Found</D:status></D:response>
                  <D:response><D:href>/cal/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status></D:response>
                  <D:sync-token>tok-2</D:sync-token>
                </D:multistatus>""";

        MultiStatus ms = MultiStatus.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(ms.syncToken()).isEqualTo("tok-2");
        assertThat(ms.responses()).extracting(MultiStatus.Resource::href, MultiStatus.Resource::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/cal/a.ics", 200),
                        org.assertj.core.groups.Tuple.tuple("/cal/b.ics", 404),
                        org.assertj.core.groups.Tuple.tuple("/cal/", 507));
        assertThat(ms.responses().getFirst().text(DavXml.DAV, "getetag")).isEqualTo("\"1\"");
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoExternalEntityIsRead() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <D:multistatus xmlns:D="DAV:"><D:response><D:href>&xxe;</D:href></D:response></D:multistatus>""";

        assertThatThrownBy(() -> MultiStatus.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CalDavException.class).hasMessageContaining("not valid XML");
    }
}
