package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.TenantId;
import org.crmgateway.mailingest.InMemoryAttachmentStore;
import org.junit.jupiter.api.Test;

class MailParserTest {
    private final InMemoryAttachmentStore store = new InMemoryAttachmentStore();
    private final MailParser parser = new MailParser(store);

    @Test
    void streamsALargeAttachmentIntoTheStore() throws IOException {
        String head = "From: a@b.example\r\nSubject: big\r\nMessage-ID: <big@b.example>\r\n"
                + "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nsee file\r\n"
                + "--x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        // 60 MB of base64 lines, generated on the fly: the parser must never need them all at once
        byte[] line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        int lines = 60 * 1024 * 1024 / 60;
        InputStream body = new InputStream() {
            long pos;
            final long total = (long) lines * line.length;

            @Override
            public int read() {
                return pos < total ? line[(int) (pos++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - pos);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) (pos++ % line.length)];
                }
                return n;
            }
        };
        InputStream message = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)), body,
                new ByteArrayInputStream("\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII)))));

        ParseOutcome outcome = parser.parse(TenantId.DEFAULT, message, true);

        ParsedMail mail = ((ParseOutcome.Parsed) outcome).mail();
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("big.bin");
            assertThat(a.size()).isEqualTo((long) lines * 60);
        });
        assertThat(mail.body().text()).isEqualTo("see file");
    }

    @Test
    void rejectsMessagesOverTheHeaderCountLimit() throws IOException {
        String headers = "X-H: 1\r\n".repeat(1500);
        ParseOutcome outcome = parser.parse(TenantId.DEFAULT, new ByteArrayInputStream(
                ("From: a@b.example\r\n" + headers + "\r\nbody").getBytes(StandardCharsets.US_ASCII)), true);
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(QuarantineReason.LIMIT_EXCEEDED));
    }

    @Test
    void rejectsAbsurdNesting() throws IOException {
        StringBuilder m = new StringBuilder("From: a@b.example\r\n");
        for (int i = 0; i < 60; i++) {
            m.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
        }
        ParseOutcome outcome = parser.parse(TenantId.DEFAULT,
                new ByteArrayInputStream(m.toString().getBytes(StandardCharsets.US_ASCII)), true);
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(QuarantineReason.LIMIT_EXCEEDED));
    }

    @Test
    void storesNoAttachmentsWhenToldNotTo() throws IOException {
        String m = "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF\r\n--x--\r\n";
        ParseOutcome outcome = parser.parse(TenantId.DEFAULT,
                new ByteArrayInputStream(m.getBytes(StandardCharsets.US_ASCII)), false);
        assertThat(((ParseOutcome.Parsed) outcome).mail().attachments()).isEmpty();
        assertThat(store.count()).isZero();
    }
}
