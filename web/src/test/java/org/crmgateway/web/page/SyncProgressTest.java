package org.crmgateway.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.SyncState;
import org.junit.jupiter.api.Test;

class SyncProgressTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void sumsFoldersAndEstimatesTheRestAtTheCurrentRate() {
        List<FolderProgress> folders = List.of(
                new FolderProgress("INBOX", 1L, 60L, 300, 60, START, START.plusSeconds(60)),
                new FolderProgress("Sent", 1L, 30L, 100, 30, START, START.plusSeconds(60)));

        SyncProgress p = SyncProgress.of(SyncState.SYNCING, null, folders);

        assertThat(p.done()).isEqualTo(90);
        assertThat(p.total()).isEqualTo(400);
        assertThat(p.perMinute()).isEqualTo(90.0);
        assertThat(p.eta()).isEqualTo(Duration.ofSeconds(207));
        assertThat(p.percent()).isEqualTo(22);
        assertThat(p.live()).isTrue();
        assertThat(p.etaText()).isEqualTo("3 min 27 s");
        assertThat(p.hint()).isNull();
    }

    @Test
    void hasNoEstimateBeforeTheFirstItem() {
        SyncProgress p = SyncProgress.of(SyncState.PENDING, null,
                List.of(new FolderProgress("INBOX", null, null, 10, 0, START, START)));

        assertThat(p.eta()).isNull();
        assertThat(p.perMinute()).isZero();
    }

    @Test
    void explainsWhatToDoAboutTheLastError() {
        assertThat(SyncProgress.of(SyncState.ERROR, "AUTHENTICATIONFAILED Invalid credentials", List.of()).hint())
                .isEqualTo("hint.auth");
        assertThat(SyncErrorHint.keyFor("java.net.UnknownHostException: imap.nowhere")).isEqualTo("hint.connect");
        assertThat(SyncErrorHint.keyFor("imap.example.com:993 stopped answering: no answer in time"))
                .isEqualTo("hint.connect");
        assertThat(SyncErrorHint.keyFor("cannot reach imap.example.com:993: no route to host"))
                .isEqualTo("hint.connect");
        assertThat(SyncErrorHint.keyFor("PKIX path building failed: certificate")).isEqualTo("hint.tls");
        assertThat(SyncErrorHint.keyFor("Folder Archive not found")).isEqualTo("hint.folder");
        assertThat(SyncErrorHint.keyFor("something odd")).isEqualTo("hint.generic");
        assertThat(SyncProgress.of(SyncState.IDLE, null, List.of()).percent()).isEqualTo(100);
    }
}
