package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void cutsGermanQuoteHeaderAndQuotedLines() {
        assertThat(Snippets.of("Passt.\n\nAm 3. März 2026 um 10:00 schrieb Anna <a@b.de>:\n> Termin?"))
                .isEqualTo("Passt.");
    }

    @Test
    void cutsSignatureAndOutlookHeader() {
        assertThat(Snippets.of("Ок, беремо.\n-- \nПетро\n")).isEqualTo("Ок, беремо.");
        assertThat(Snippets.of("Done.\n-----Original Message-----\nFrom: x@y.z")).isEqualTo("Done.");
    }

    @Test
    void shortensLongText() {
        assertThat(Snippets.of("x".repeat(1000))).hasSize(Snippets.MAX_LENGTH + 1).endsWith("…");
    }

    @Test
    void isAbsentForQuoteOnlyText() {
        assertThat(Snippets.of("> only a quote")).isNull();
    }
}
