package org.crmgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;

class DemoMailServerIT {

    @Test
    void servesTheSeededMailboxOverImap() throws Exception {
        try (DemoMailServer server = DemoMailServer.start(0)) {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(DemoMailServer.HOST, server.port(), DemoMailServer.USER, DemoMailServer.PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Folder sent = store.getFolder("Sent");
                sent.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount() + sent.getMessageCount()).isEqualTo(12);
                assertThat(sent.getMessageCount()).isEqualTo(4);
                boolean attachment = false;
                for (var message : inbox.getMessages()) {
                    if (message.getContent() instanceof Multipart parts && message.isMimeType("multipart/mixed")) {
                        attachment |= parts.getCount() == 2;
                    }
                }
                assertThat(attachment).as("one message carries an attachment").isTrue();
            } finally {
                store.close();
            }
        }
    }
}
