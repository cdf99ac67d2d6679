package org.crmgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crmgateway.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, for real: {@code java -jar config/target/crm-gateway.jar} in an empty
 * directory, with {@code --demo}, serves health, the API with authentication, and the demo
 * mailbox's history, synced from the embedded IMAP server like any mailbox.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "crm-gateway.jar").toAbsolutePath();
    private static final String PASSWORD = "jar-admin-password";

    @TempDir
    Path workDir;

    @Test
    void demoRunServesHealthTheApiAndTheDemoData() throws Exception {
        int port = freePort();
        Process gateway = start("--server.port=" + port, "--demo", "--crm.demo.imap-port=0");
        try {
            String base = "http://127.0.0.1:" + port;
            ApiClient anonymous = ApiClient.anonymous(base);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .failFast("the gateway exited", () -> !gateway.isAlive())
                    .ignoreExceptions()
                    .until(() -> anonymous.get("/actuator/health").status() == 200);
            assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            assertThat(anonymous.get("/api/partners").status()).isEqualTo(401);

            ApiClient admin = ApiClient.as(base, "admin", PASSWORD);
            Answer created = admin.post("/api/partners",
                    "{\"kind\":\"COMPANY\",\"name\":\"Jar Test\",\"domains\":[\"jar-test.example\"]}");
            assertThat(created.status()).isEqualTo(201);
            Answer read = admin.get("/api/partners/" + created.json().get("id").asLong());
            assertThat(read.json().get("name").asString()).isEqualTo("Jar Test");

            Answer acme = admin.get("/api/partners?query=Acme%20Logistics");
            assertThat(acme.json().size()).isEqualTo(1);
            assertThat(admin.get("/api/mail-accounts").json().size()).isEqualTo(1);
            String history = "/api/partners/%d/activities".formatted(acme.json().get(0).get("id").asLong());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.get(history).json().get("items").size() == 3);
            assertThat(Files.exists(workDir.resolve("data"))).isTrue();
        } finally {
            stop(gateway);
        }
        assertThat(Files.readString(workDir.resolve("gateway.log"))).doesNotContain(PASSWORD);
    }

    @Test
    void versionSubcommandRunsWithoutAServer() throws Exception {
        Process version = start("version");
        assertThat(version.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(version.exitValue()).isZero();
        assertThat(Files.readString(workDir.resolve("gateway.log"))).contains("crm-gateway 0.");
    }

    private Process start(String... args) throws IOException {
        assertThat(JAR).as("run 'mvn package' first").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("gateway.log").toFile());
        builder.environment().put("CRM_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
