package org.crmgateway.mailingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    private static List<String> read(Archive archive) throws IOException {
        List<String> out = new ArrayList<>();
        Iterator<ArchiveMessage> it = archive.messages();
        while (it.hasNext()) {
            try (ArchiveMessage m = it.next()) {
                out.add(m.locator() + "=" + new String(m.raw().readAll(Integer.MAX_VALUE), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void splitsAnMboxAndUnquotesFromLines() throws IOException {
        Path mbox = dir.resolve("in.mbox");
        Files.writeString(mbox, "From a@b Mon Mar  2 10:00:00 2026\nSubject: one\n\n>From here\n>>From there\n\n"
                + "From c@d Mon Mar  2 11:00:00 2026\nSubject: two\n\nbody\n");
        Archive archive = Archive.open(mbox, 1024);
        assertThat(archive.count()).isEqualTo(2);
        assertThat(read(archive)).containsExactly("#1=Subject: one\n\nFrom here\n>From there\n\n",
                "#2=Subject: two\n\nbody\n");
    }

    @Test
    void spillsALargeMboxMessageToATemporaryFile() throws IOException {
        Path mbox = dir.resolve("big.mbox");
        String body = "x".repeat(100) + "\n";
        Files.writeString(mbox, "From a@b Mon Mar  2 10:00:00 2026\nSubject: big\n\n" + body.repeat(100));
        List<String> messages = read(Archive.open(mbox, 1000));
        assertThat(messages).singleElement().satisfies(m -> assertThat(m).hasSize("#1=Subject: big\n\n".length() + body.length() * 100));
    }

    @Test
    void readsMaildirCurAndNew() throws IOException {
        Files.createDirectories(dir.resolve("cur"));
        Files.createDirectories(dir.resolve("new"));
        Files.writeString(dir.resolve("cur/1.a:2,S"), "Subject: seen\n\n");
        Files.writeString(dir.resolve("new/2.b"), "Subject: new\n\n");
        Archive archive = Archive.open(dir, 1024);
        assertThat(archive.count()).isEqualTo(2);
        assertThat(read(archive)).containsExactly("1.a:2,S=Subject: seen\n\n", "2.b=Subject: new\n\n");
        assertThat(dir.resolve("cur/1.a:2,S")).exists();
    }

    @Test
    void findsEmlFilesInAFolderTree() throws IOException {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/y/a.eml"), "Subject: a\n\n");
        Files.writeString(dir.resolve("x/notes.txt"), "not mail");
        assertThat(read(Archive.open(dir, 1024))).containsExactly("a.eml=Subject: a\n\n");
    }
}
