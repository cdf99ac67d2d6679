package org.crmgateway.bench.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freshness as a user sees it: the packaged gateway runs as its own process on an empty H2
 * database, everything is set up through contract v1 (a partner, a staff user, the mail account),
 * and each delivery to Dovecot is timed until the partner's history over REST lists it.
 */
final class RestFreshness {
    private static final String USER = "bench";
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    /** How often the history is asked while waiting; the figures are accurate to about this. */
    private static final Duration POLL = Duration.ofMillis(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private URI base;

    static void run(int deliveries, Path jar) throws Exception {
        new RestFreshness().measure(deliveries, jar);
    }

    private void measure(int deliveries, Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " does not exist: build it with ./mvnw -B -q package -DskipTests");
        }
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        Path data = Files.createTempDirectory("bench-gateway-");
        try (LocalDovecot dovecot = LocalDovecot.start(List.of(USER))) {
            ProcessBuilder gateway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                    "--crm.core.data-dir=" + data)
                    .redirectErrorStream(true).redirectOutput(data.resolve("gateway.log").toFile());
            gateway.environment().put("CRM_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Process process = gateway.start();
            try {
                waitFor(() -> healthy(), Duration.ofMinutes(2), "the gateway to start (log: " + data + "/gateway.log)");
                long partner = post("/api/partners", """
                        {"kind":"COMPANY","name":"Partner 0","emails":[],"domains":["partner0.example"]}""");
                long user = post("/api/users", """
                        {"username":"bench","email":"bench@firm.example","password":"bench-user-password",
                         "role":"USER"}""");
                long account = post("/api/mail-accounts", """
                        {"userId":%d,"host":"127.0.0.1","port":%d,"security":"NONE","username":"%s","password":"%s"}"""
                        .formatted(user, dovecot.port, USER, LocalDovecot.PASSWORD));
                waitFor(() -> "IDLE".equals(get("/api/mail-accounts/" + account).path("state").asString()),
                        Duration.ofMinutes(1), "the account to reach IDLE");
                List<Long> latencies = new ArrayList<>();
                for (int i = 1; i <= deliveries; i++) {
                    String messageId = "fresh-" + i + "@partner0.example";
                    dovecot.save(USER, message(i, messageId));
                    long delivered = System.nanoTime();
                    waitFor(() -> listed(partner, messageId), Duration.ofSeconds(30), messageId + " over REST");
                    latencies.add((System.nanoTime() - delivered) / 1_000_000);
                }
                latencies.sort(Long::compare);
                System.out.printf("IDLE freshness over REST, packaged gateway, %d deliveries: p50 %d ms, p95 %d ms,"
                                + " max %d ms (asked every %d ms; baseline: a 5-minute poll averages 150 000 ms)%n",
                        deliveries, latencies.get(deliveries / 2),
                        latencies.get((int) Math.ceil(deliveries * 0.95) - 1), latencies.getLast(), POLL.toMillis());
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static byte[] message(int i, String messageId) {
        String date = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
        return ("From: Olena Koval <olena@partner0.example>\r\nTo: bench@firm.example\r\n"
                + "Subject: Delivery " + i + "\r\nDate: " + date + "\r\nMessage-ID: <" + messageId + ">\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nOrder number " + i + ", please confirm.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private boolean listed(long partner, String messageId) {
        return send(request("/api/partners/" + partner + "/activities?limit=5").GET()).body().contains(messageId);
    }

    private boolean healthy() {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long post(String path, String body) {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).path("id").asLong();
    }

    private JsonNode get(String path) {
        return json.readTree(send(request(path).GET()).body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String what) {
        Polling.until(condition, POLL, timeout, what);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
