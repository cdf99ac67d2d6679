package org.crmgateway.bench.mail;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * A message with one large base64 attachment, written straight to a file, so that the harness
 * itself never holds it in memory and the heap figures are the gateway's.
 */
final class LargeMessage {
    private static final int CHUNK = 64 * 1024;

    private LargeMessage() {
    }

    /** Decoded attachment bytes for a message of about {@code megabytes} MB (base64 adds a third, plus line ends). */
    static long attachmentBytes(int megabytes) {
        return megabytes * 1_000_000L / 138 * 100;
    }

    /** Writes the message and returns its size in bytes. */
    static long write(Path file, int megabytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("From: Olena Koval <olena@partner0.example>\r\nTo: bench@firm.example\r\n"
                    + "Subject: =?UTF-8?B?0JrRgNC10YHQu9C10L3QvdGPINC/0YDQvtC10LrRgtGD?=\r\n"
                    + "Date: Thu, 03 Dec 2026 10:00:00 +0200\r\nMessage-ID: <large-1@partner0.example>\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                    + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe drawings are attached.\r\n"
                    + "--b1\r\nContent-Type: application/octet-stream; name=\"drawings.bin\"\r\n"
                    + "Content-Disposition: attachment; filename=\"drawings.bin\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            OutputStream base64 = Base64.getMimeEncoder().wrap(new NotClosing(out));
            Random random = new Random(42);
            byte[] chunk = new byte[CHUNK];
            for (long left = attachmentBytes(megabytes); left > 0; left -= CHUNK) {
                random.nextBytes(chunk);
                base64.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
            base64.close();
            out.write("\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return Files.size(file);
    }

    /** Lets the base64 encoder finish its last block without closing the message file. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
