package org.crmgateway.caldav.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real-world and fuzzed iCalendar files (shared/corpus/ics): each is stored or refused, none breaks the server. */
class ParsedCalendarCorpusIT {

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCorpusFileParsesOrIsRefusedWithAReason() throws IOException {
        Path corpus = corpus().resolve("ics");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        int parsed = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            try {
                ParsedCalendar p = ParsedCalendar.parse(text);
                p.overlaps(new TimeRange(at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z")));
                parsed++;
            } catch (InvalidCalendarDataException e) {
                assertThat(e.getMessage()).as(file.toString()).isNotBlank();
            } catch (RuntimeException e) {
                fail("%s threw %s".formatted(file, e), e);
            }
        }
        assertThat(parsed).isGreaterThan(10);
    }

    static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        throw new IllegalStateException("shared/corpus not found above " + Path.of("").toAbsolutePath());
    }
}
