package org.crmgateway.mailingest.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.crmgateway.mailingest.fetch.RawMessage;

/**
 * An mbox file (mboxrd as written by Thunderbird, mutt and Google Takeout): messages start at a
 * line beginning with {@code "From "}; {@code ">From "} lines are unquoted. Read as a stream; a
 * message larger than the memory limit goes through a temporary file.
 */
final class Mbox extends Archive {
    private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};

    private final Path file;
    private final long memoryLimit;

    Mbox(Path file, long memoryLimit) {
        this.file = file;
        this.memoryLimit = memoryLimit;
    }

    @Override
    long count() throws IOException {
        long n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] line;
            while ((line = readLine(in)) != null) {
                if (startsWith(line, FROM)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    Iterator<ArchiveMessage> messages() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new Iterator<>() {
            byte[] pending = firstSeparator(in);
            int number;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    close(in);
                }
                return pending != null;
            }

            @Override
            public ArchiveMessage next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                try {
                    number++;
                    return new ArchiveMessage("#" + number, readMessage());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private RawMessage readMessage() throws IOException {
                ByteArrayOutputStream memory = new ByteArrayOutputStream();
                OutputStream out = memory;
                Path spill = null;
                byte[] line;
                pending = null;
                while ((line = readLine(in)) != null) {
                    if (startsWith(line, FROM)) {
                        pending = line;
                        break;
                    }
                    if (line.length > 0 && line[0] == '>' && unquotes(line)) {
                        line = Arrays.copyOfRange(line, 1, line.length);
                    }
                    out.write(line);
                    if (spill == null && memory.size() > memoryLimit) {
                        spill = Files.createTempFile("crm-mbox-", ".eml");
                        out = Files.newOutputStream(spill);
                        memory.writeTo(out);
                        memory = null;
                    }
                }
                if (spill == null) {
                    return RawMessage.of(memory.toByteArray());
                }
                out.close();
                return RawMessage.ofTemporaryFile(spill);
            }
        };
    }

    private static byte[] firstSeparator(InputStream in) {
        try {
            byte[] line;
            while ((line = readLine(in)) != null) {
                if (startsWith(line, FROM)) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** mboxrd: {@code >From }, {@code >>From } ... lose one {@code >}. */
    private static boolean unquotes(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return line.length - i >= FROM.length && startsWith(Arrays.copyOfRange(line, i, i + FROM.length), FROM);
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** One line including its terminator, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toByteArray();
    }
}
