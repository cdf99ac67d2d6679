package org.crmgateway.crm.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.CoreProperties;
import org.crmgateway.crm.StoredContent;
import org.crmgateway.crm.TenantId;
import org.springframework.stereotype.Service;

/**
 * Attachment content as files {@code <attachmentsDir>/<tenant>/<ab>/<sha256>}, moved into place
 * atomically from a temporary file. Content up to 1 MB is hashed in memory first, so content
 * already present is not written at all; larger content is hashed while it streams into the
 * temporary file, and never held in memory.
 */
@Service
class FileAttachmentStore implements AttachmentStore {

    /** Content up to this size is hashed in memory before anything is written. */
    private static final int IN_MEMORY = 1024 * 1024;

    private final Path root;

    FileAttachmentStore(CoreProperties properties) {
        this.root = properties.attachments();
    }

    @Override
    public StoredContent store(TenantId tenant, InputStream content) throws IOException {
        byte[] head = content.readNBytes(IN_MEMORY + 1);
        if (head.length <= IN_MEMORY) {
            return storeSmall(tenant, head);
        }
        return storeStreamed(tenant, new SequenceInputStream(new ByteArrayInputStream(head), content));
    }

    /** Hashes first, so content that is already there is not written at all, not even to a temporary file. */
    private StoredContent storeSmall(TenantId tenant, byte[] content) throws IOException {
        String digest = HexFormat.of().formatHex(sha256().digest(content));
        Path target = path(tenant, digest);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            // next to its target; the random suffix only keeps two threads storing the same content apart
            Path tmp = target.resolveSibling("%s.%016x.tmp".formatted(digest, ThreadLocalRandom.current().nextLong()));
            try {
                Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return new StoredContent(digest, content.length);
    }

    private StoredContent storeStreamed(TenantId tenant, InputStream content) throws IOException {
        Path dir = root.resolve(tenant.toString());
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "incoming", ".tmp");
        try {
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                size = content.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            Path target = path(tenant, digest);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                move(tmp, target);
            }
            return new StoredContent(digest, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<InputStream> open(TenantId tenant, String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = path(tenant, sha256);
        return Files.exists(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
    }

    private Path path(TenantId tenant, String digest) {
        return root.resolve(tenant.toString()).resolve(digest.substring(0, 2)).resolve(digest);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException same) {
                // stored concurrently by another thread: the content is identical
            }
        } catch (FileAlreadyExistsException e) {
            // stored concurrently by another thread: the content is identical
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
