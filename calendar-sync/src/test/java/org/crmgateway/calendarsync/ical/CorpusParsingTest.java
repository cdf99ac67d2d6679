package org.crmgateway.calendarsync.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the shared corpus becomes meetings or a quarantine reason; none throws or hangs. */
class CorpusParsingTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final MeetingReader reader = new MeetingReader(new ICalendarParser(),
            new RecurrenceExpander(new ExpansionSettings(Duration.ofDays(365 * 30), Duration.ofDays(365 * 5), 3000,
                    java.time.ZoneOffset.UTC)));

    static Stream<Path> files() throws IOException {
        return Corpus.calendarFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyCorpusFileGivesMeetingsOrAReason(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        CaptureOrigin origin = new CaptureOrigin(TenantId.DEFAULT, UserId.of(1),
                new SourceRef(SourceKind.CALENDAR, 1, "/cal/", file.getFileName().toString()), Visibility.EVERYTHING);

        MeetingReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> reader.read(text, origin, NOW));

        switch (result) {
            case MeetingReader.Meetings m -> assertThat(m.captures()).allSatisfy(c -> {
                assertThat(c.sourceKey()).startsWith("ics:");
                assertThat(c.meeting()).isNotNull();
            });
            case MeetingReader.Rejected r -> {
                assertThat(r.reason()).isNotNull();
                assertThat(r.detail()).isNotBlank().doesNotContain("\n");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void corpusHoldsFilesOfBothKinds() throws IOException {
        List<Path> files = Corpus.calendarFiles();
        long meetings = 0;
        long rejected = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            var result = reader.read(text, new CaptureOrigin(TenantId.DEFAULT, null,
                    new SourceRef(SourceKind.CALENDAR, 1, "", "x"), Visibility.EVERYTHING), NOW);
            if (result instanceof MeetingReader.Meetings m && !m.captures().isEmpty()) {
                meetings++;
            } else if (result instanceof MeetingReader.Rejected) {
                rejected++;
            }
        }
        assertThat(files).hasSizeGreaterThan(200);
        assertThat(meetings).isGreaterThan(50);
        assertThat(rejected).isGreaterThan(0);
    }
}
