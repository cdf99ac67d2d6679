package org.crmgateway.mailingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one fetched message: in memory when small, in a temporary file when large, so
 * that a 50 MB message is held neither in memory nor twice. Close it to delete the file.
 */
public final class RawMessage implements AutoCloseable {
    private final byte @Nullable [] bytes;
    private final int offset;
    private final @Nullable Path file;
    private final long size;
    private final boolean temporary;

    private RawMessage(byte @Nullable [] bytes, int offset, @Nullable Path file, long size, boolean temporary) {
        this.bytes = bytes;
        this.offset = offset;
        this.file = file;
        this.size = size;
        this.temporary = temporary;
    }

    public static RawMessage of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** {@code length} bytes of {@code bytes} from {@code offset}, not copied. */
    public static RawMessage of(byte[] bytes, int offset, int length) {
        return new RawMessage(bytes, offset, null, length, false);
    }

    /** A temporary file, deleted on {@link #close()}. */
    public static RawMessage ofTemporaryFile(Path file) throws IOException {
        return new RawMessage(null, 0, file, Files.size(file), true);
    }

    /** A file that stays where it is (an archive's .eml or Maildir file). */
    public static RawMessage ofExistingFile(Path file) throws IOException {
        return new RawMessage(null, 0, file, Files.size(file), false);
    }

    public long size() {
        return size;
    }

    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes, offset, (int) size) : Files.newInputStream(file);
    }

    /** The bytes, for quarantine; at most {@code limit} of them. */
    public byte[] readAll(int limit) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(limit);
        }
    }

    @Override
    public void close() {
        if (temporary && file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }
}
