package org.crmgateway.crm.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.crmgateway.crm.CoreProperties;
import org.crmgateway.crm.StoredContent;
import org.crmgateway.crm.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAttachmentStoreTest {

    private static final TenantId TENANT = new TenantId(7);

    @TempDir
    Path data;

    private FileAttachmentStore store() {
        return new FileAttachmentStore(new CoreProperties(data, null, null, "test"));
    }

    @Test
    void storesSmallContentOnceUnderItsDigest() throws Exception {
        byte[] logo = "a signature logo".getBytes(StandardCharsets.UTF_8);
        FileAttachmentStore store = store();

        StoredContent first = store.store(TENANT, new ByteArrayInputStream(logo));
        StoredContent second = store.store(TENANT, new ByteArrayInputStream(logo));

        assertThat(first).isEqualTo(second);
        assertThat(first.sha256()).isEqualTo(sha256(logo));
        assertThat(first.size()).isEqualTo(logo.length);
        assertThat(files()).hasSize(1);
        try (InputStream in = store.open(TENANT, first.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(logo);
        }
    }

    @Test
    void streamsLargeContentAndLeavesNoTemporaryFile() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >> 11));
        }
        FileAttachmentStore store = store();

        StoredContent first = store.store(TENANT, new ByteArrayInputStream(big));
        StoredContent again = store.store(TENANT, new ByteArrayInputStream(big));

        assertThat(first.sha256()).isEqualTo(sha256(big)).isEqualTo(again.sha256());
        assertThat(first.size()).isEqualTo(big.length);
        List<Path> files = files();
        assertThat(files).hasSize(1);
        assertThat(Files.readAllBytes(files.getFirst())).isEqualTo(big);
    }

    @Test
    void contentOfExactlyTheInMemoryLimitIsStoredWhole() throws Exception {
        byte[] edge = new byte[1024 * 1024];
        edge[edge.length - 1] = 1;

        StoredContent stored = store().store(TENANT, new ByteArrayInputStream(edge));

        assertThat(stored.size()).isEqualTo(edge.length);
        assertThat(Files.readAllBytes(files().getFirst())).isEqualTo(edge);
    }

    @Test
    void refusesToOpenWhatIsNotADigest() throws Exception {
        assertThat(store().open(TENANT, "../../etc/passwd")).isEmpty();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
