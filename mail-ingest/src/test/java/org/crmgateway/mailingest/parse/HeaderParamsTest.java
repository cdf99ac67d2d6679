package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderParamsTest {

    @Test
    void joinsRfc2231ContinuationsWithCharset() {
        HeaderParams p = HeaderParams.parse(
                "attachment; filename*0*=UTF-8''%D0%A1%D1%87%D0%B5%D1%82; filename*1=\" 17.pdf\"");
        assertThat(p.value()).isEqualTo("attachment");
        assertThat(p.param("filename")).isEqualTo("Счет 17.pdf");
    }

    @Test
    void decodesEncodedWordsInQuotedValues() {
        HeaderParams p = HeaderParams.parse("application/pdf; name=\"=?windows-1251?B?0/Hr8+Pj?=.pdf\"");
        assertThat(p.param("name")).isEqualTo("Услугг.pdf");
    }

    @Test
    void readsQuotedValuesWithSemicolonsAndEscapes() {
        HeaderParams p = HeaderParams.parse("text/plain; name=\"a;b\\\"c.txt\"; charset=KOI8-R");
        assertThat(p.param("name")).isEqualTo("a;b\"c.txt");
        assertThat(p.param("charset")).isEqualTo("KOI8-R");
    }

    @Test
    void toleratesGarbage() {
        assertThat(HeaderParams.parse(";;=;x=").params()).containsEntry("x", "");
        assertThat(HeaderParams.parse(null).value()).isEmpty();
    }
}
