package org.crmgateway.mailingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.StoredContent;
import org.crmgateway.crm.TenantId;

/** An attachment store for unit tests: keeps sizes and digests, and content up to 1 MB. */
public final class InMemoryAttachmentStore implements AttachmentStore {
    private final Map<String, byte[]> content = new ConcurrentHashMap<>();

    @Override
    public StoredContent store(TenantId tenant, InputStream in) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestInputStream digesting = new DigestInputStream(in, sha);
        byte[] head = digesting.readNBytes(1024 * 1024);
        long size = head.length + digesting.transferTo(java.io.OutputStream.nullOutputStream());
        String hex = HexFormat.of().formatHex(sha.digest());
        content.put(tenant.value() + ":" + hex, head);
        return new StoredContent(hex, size);
    }

    @Override
    public Optional<InputStream> open(TenantId tenant, String sha256) {
        return Optional.ofNullable(content.get(tenant.value() + ":" + sha256)).map(ByteArrayInputStream::new);
    }

    public int count() {
        return content.size();
    }
}
