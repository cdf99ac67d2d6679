package org.crmgateway.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root directory, found by walking up from the working directory. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("config"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Not inside the repository: " + Path.of("").toAbsolutePath());
    }
}
