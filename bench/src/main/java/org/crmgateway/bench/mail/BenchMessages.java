package org.crmgateway.bench.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Realistic mixed messages: the shared corpus's .eml files (with a fresh Message-ID each time they
 * are reused) and generated mail from small notes to multi-megabyte attachments, deterministic.
 */
final class BenchMessages {
    private final List<byte[]> corpus = new ArrayList<>();
    private final Random random = new Random(42);
    private long bytes;

    BenchMessages() throws IOException {
        Path dir = corpusDir();
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".eml")).sorted().toList()) {
                    corpus.add(Files.readAllBytes(p));
                }
            }
        }
    }

    long bytes() {
        return bytes;
    }

    byte[] message(int n) {
        byte[] m = n % 4 == 0 && !corpus.isEmpty() ? fromCorpus(n) : generated(n);
        bytes += m.length;
        return m;
    }

    private byte[] fromCorpus(int n) {
        String text = new String(corpus.get((n / 4) % corpus.size()), StandardCharsets.ISO_8859_1);
        text = text.replaceFirst("(?im)^Message-ID:", "X-Original-Message-ID:");
        return ("Message-ID: <bench-" + n + "@bench.example>\r\n" + text).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] generated(int n) {
        int partner = n % 50;
        StringBuilder m = new StringBuilder()
                .append("From: Partner ").append(partner).append(" <p").append(partner).append("@partner").append(partner % 10)
                .append(".example>\r\nTo: Bench <bench@firm.example>\r\nCc: colleague@firm.example\r\n")
                .append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                        ("Пропозиція №" + n + " / offer").getBytes(StandardCharsets.UTF_8))).append("?=\r\n")
                .append("Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <bench-").append(n).append("@bench.example>\r\n")
                .append("MIME-Version: 1.0\r\n");
        int kind = random.nextInt(100);
        String body = ("Добрий день! Line " + n + " of a realistic business message body.\r\n")
                .repeat(kind < 60 ? 5 + random.nextInt(30) : 50 + random.nextInt(400));
        if (kind < 95) {
            m.append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").append(body);
            return m.toString().getBytes(StandardCharsets.UTF_8);
        }
        // 5 % carry an attachment of 20 to 200 KB; one message in 500 carries 2 MB
        byte[] attachment = new byte[n % 500 == 1 ? 2_000_000 : 20_000 + random.nextInt(180_000)];
        random.nextBytes(attachment);
        m.append("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
                .append(body).append("\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; ")
                .append("filename=\"offer-").append(n).append(".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(attachment)).append("\r\n--b--\r\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path corpusDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("shared/corpus/mail");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return null;
    }
}
