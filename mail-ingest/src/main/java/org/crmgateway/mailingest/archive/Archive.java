package org.crmgateway.mailingest.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crmgateway.mailingest.fetch.RawMessage;

/**
 * An archive of mail to import: one mbox file, a Maildir folder (its {@code cur} and {@code new}
 * files), a single {@code .eml} file, or a folder of {@code .eml} files (searched recursively).
 */
abstract sealed class Archive permits Archive.FileArchive, Mbox {

    /** How many messages the archive holds, for the progress bar. */
    abstract long count() throws IOException;

    /** The messages in a stable order; each must be closed after use. */
    abstract Iterator<ArchiveMessage> messages() throws IOException;

    static Archive open(Path path, long memoryLimit) throws IOException {
        if (Files.isDirectory(path)) {
            boolean maildir = Files.isDirectory(path.resolve("cur")) || Files.isDirectory(path.resolve("new"));
            return new FileArchive(maildir ? maildirFiles(path) : emlFiles(path));
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file or folder: " + path);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
            return new FileArchive(List.of(path));
        }
        return new Mbox(path, memoryLimit);
    }

    private static List<Path> maildirFiles(Path dir) throws IOException {
        try (Stream<Path> cur = list(dir.resolve("cur")); Stream<Path> fresh = list(dir.resolve("new"))) {
            return Stream.concat(cur, fresh).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Stream<Path> list(Path dir) throws IOException {
        return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
    }

    private static List<Path> emlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                    .sorted().toList();
        }
    }

    /** One message per file. */
    static final class FileArchive extends Archive {
        private final List<Path> files;

        FileArchive(List<Path> files) {
            this.files = files;
        }

        @Override
        long count() {
            return files.size();
        }

        @Override
        Iterator<ArchiveMessage> messages() {
            Iterator<Path> it = files.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public ArchiveMessage next() {
                    Path p = it.next();
                    try {
                        return new ArchiveMessage(p.getFileName().toString(),
                                RawMessage.ofExistingFile(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }
}
