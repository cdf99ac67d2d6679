package org.crmgateway.mailingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared real-world corpus: a {@code shared/corpus} beside the repository or any parent. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Optional<Path> find(String sub) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
