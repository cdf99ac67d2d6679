package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crmgateway.crm.TenantId;
import org.crmgateway.mailingest.InMemoryAttachmentStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code mails/<case>.eml} is parsed and compared with {@code <case>.expected.txt}. A missing
 * expected file is written as {@code target/golden/<case>.expected.txt} and the case fails, so a
 * person reviews it before it is copied next to the message.
 */
class MailParserGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/mails");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parsesAsExpected(String name) throws IOException {
        ParseOutcome outcome;
        try (InputStream in = Files.newInputStream(CASES.resolve(name + ".eml"))) {
            outcome = new MailParser(new InMemoryAttachmentStore()).parse(TenantId.DEFAULT, in, true);
        }
        String actual = GoldenRendering.of(outcome);
        Path expected = CASES.resolve(name + ".expected.txt");
        if (!Files.exists(expected)) {
            Path out = Path.of("target/golden", name + ".expected.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail("No expected rendering for %s; wrote %s for review", name, out);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
