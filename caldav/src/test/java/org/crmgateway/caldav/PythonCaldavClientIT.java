package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real CalDAV client against the server: Debian's python3-caldav runs the scenario in
 * {@code src/test/python/caldav_client_scenario.py} (discovery, create, read, update with ETag,
 * conflicting update, sync, delete) and must exit 0.
 */
class PythonCaldavClientIT extends CalDavServerIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void pythonCaldavCompletesTheScenario() throws IOException, InterruptedException {
        requirePythonCaldav();
        Path script = Path.of("src/test/python/caldav_client_scenario.py").toAbsolutePath();
        Process process = new ProcessBuilder(PYTHON.toString(), script.toString(), "http://127.0.0.1:" + port,
                "bob", TestUsers.password("bob")).redirectErrorStream(true).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("scenario finished in time:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("scenario output:%n%s", output).isZero();
        assertThat(output).contains("STEP conflicting update", "STEP incremental sync", "ALL STEPS PASSED");
    }

    private static void requirePythonCaldav() throws IOException, InterruptedException {
        boolean present = Files.isExecutable(PYTHON)
                && new ProcessBuilder(PYTHON.toString(), "-c", "import caldav, requests").start().waitFor() == 0;
        if (!present && "true".equals(System.getenv("CRM_REQUIRE_PEERS"))) {
            throw new AssertionError("python3-caldav is required (Debian package python3-caldav)");
        }
        Assumptions.assumeTrue(present, "needs Debian package python3-caldav");
    }
}
