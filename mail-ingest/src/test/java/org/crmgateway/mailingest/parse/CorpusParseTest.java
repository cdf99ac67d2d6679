package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.crmgateway.crm.TenantId;
import org.crmgateway.mailingest.InMemoryAttachmentStore;
import org.crmgateway.mailingest.SharedCorpus;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every file of the shared mail corpus becomes a parsed mail or a rejection with a reason; none throws or hangs. */
class CorpusParseTest {

    @Test
    void everyCorpusFileIsParsedOrRejectedWithAReason() throws IOException {
        Optional<Path> corpus = SharedCorpus.find("mail");
        assumeTrue(corpus.isPresent(),
                "shared/corpus/mail not found beside the repository");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.orElseThrow())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MailParser parser = new MailParser(new InMemoryAttachmentStore());
        AtomicInteger parsed = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger rejectedEml = new AtomicInteger();
        long eml = files.stream().filter(f -> f.toString().endsWith(".eml")).count();
        for (Path file : files) {
            assertThatCode(() -> Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    ParseOutcome outcome = parser.parse(TenantId.DEFAULT, in, true);
                    switch (outcome) {
                        case ParseOutcome.Parsed p -> {
                            assertThat(p.mail().sourceKey()).isNotBlank();
                            assertThat(p.mail().participants()).isNotEmpty();
                            parsed.incrementAndGet();
                        }
                        case ParseOutcome.Rejected r -> {
                            assertThat(r.detail()).isNotBlank();
                            if (file.toString().endsWith(".eml")) {
                                rejectedEml.incrementAndGet();
                            }
                            rejected.incrementAndGet();
                        }
                    }
                }
            })).as(file.toString()).doesNotThrowAnyException();
        }
        assertThat(parsed.get() + rejected.get()).isEqualTo(files.size());
        // the corpus also holds MIME fragments, expected outputs and binaries; its .eml files are whole messages
        assertThat(rejectedEml.get()).as("rejected .eml files of %d", eml).isLessThan((int) (eml / 20));
    }
}
