package org.crmgateway.mailingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.awaitility.Awaitility;
import org.h2.tools.Server;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a gateway process ({@code kill -9}) in the middle of a sync, starts it again, and finds
 * every message logged exactly once: the checkpoint is committed with the activities it covers.
 */
class CrashRecoveryIT {
    private static final String USER = "ivan@example.com";
    private static final int MESSAGES = 600;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, "secret"));

    @TempDir
    Path dir;

    @Test
    void logsEveryMessageExactlyOnceAfterTheGatewayIsKilledMidSync() throws Exception {
        for (int i = 1; i <= MESSAGES; i++) {
            GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(i), new Date(), new Flags());
        }
        // the database outlives the gateway process, as a PostgreSQL server would: H2 serves its file over TCP
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        try {
            killAndRestart("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/crm");
        } finally {
            h2.stop();
        }
    }

    private void killAndRestart(String url) throws Exception {
        Process first = gateway(url);
        long atKill;
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> count(url, "select count(*) from activity") > 0);
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        atKill = count(url, "select count(*) from activity");
        assertThat(atKill).as("killed in the middle of the sync").isBetween(1L, MESSAGES - 1L);

        Process second = gateway(url);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(url, "select count(*) from activity") == MESSAGES);
            // a little longer than one poll, so a wrongly repeated batch would show up as extra rows
            Awaitility.await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        } finally {
            second.destroyForcibly();
            second.waitFor();
        }
        assertThat(count(url, "select count(*) from activity")).isEqualTo(MESSAGES);
        assertThat(count(url, "select count(distinct source_key) from activity")).isEqualTo(MESSAGES);
        assertThat(count(url, "select count(*) from activity_source")).isEqualTo(MESSAGES);
        assertThat(count(url, "select count(distinct locator) from activity_source")).isEqualTo(MESSAGES);
    }

    private Process gateway(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashTestGateway.class.getName(), url, dir.resolve("data").toString(),
                Integer.toString(greenMail.getImap().getPort()), USER))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "crash-gateway.log").toFile()))
                .start();
    }

    private static long count(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet rs = c.createStatement()
                .executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            // the table does not exist until the gateway has migrated the schema
            return 0;
        }
    }
}
