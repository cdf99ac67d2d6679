package org.crmgateway.calendarsync.ical;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared real-world corpus beside the repository (walking up from the working directory). */
final class Corpus {
    private Corpus() {
    }

    static Path icsRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/corpus/ics");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolveSibling("shared").resolve("corpus/ics");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/corpus/ics not found above " + Path.of("").toAbsolutePath());
    }

    static List<Path> calendarFiles() throws IOException {
        try (Stream<Path> files = Files.walk(icsRoot())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("(?i)(LICENSE.*|NOTICE\\.md)"))
                    .sorted().toList();
        }
    }
}
