package org.crmgateway.mailingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    @Test
    void joinsAMultiByteCharacterSplitBetweenTwoWords() {
        // "Привіт" in UTF-8, split after the first byte of "р"
        assertThat(EncodedWords.decode("=?UTF-8?B?0J/R?= =?UTF-8?B?gNC40LLRltGC?=")).isEqualTo("Привіт");
    }

    @Test
    void decodesWordsGluedToText() {
        assertThat(EncodedWords.decode("Re:=?utf-8?Q?=D0=A2=D0=B5=D1=81=D1=82?=!")).isEqualTo("Re:Тест!");
    }

    @Test
    void dropsWhitespaceOnlyBetweenAdjacentWords() {
        assertThat(EncodedWords.decode("=?utf-8?Q?a?= =?utf-8?Q?b?= c")).isEqualTo("ab c");
    }

    @Test
    void guessesAnUnknownCharsetLabel() {
        assertThat(EncodedWords.decode("=?no-such-charset?B?0KLQtdGB0YI=?=")).isEqualTo("Тест");
    }

    @Test
    void decodesKoi8uAndCp866Labels() {
        assertThat(EncodedWords.decode("=?koi8-u?Q?=A7=A4?=")).isEqualTo("їє");
        assertThat(EncodedWords.decode("=?cp866?Q?=8F=E0=A8?=")).isEqualTo("При");
    }

    @Test
    void turnsUndecodableBytesIntoReplacementCharacters() {
        assertThat(EncodedWords.decode("=?utf-8?B?/w==?=")).isEqualTo("\uFFFD");
    }

    @Test
    void leavesBrokenWordsAsText() {
        assertThat(EncodedWords.decode("=?utf-8?X?abc?= plain")).isEqualTo("=?utf-8?X?abc?= plain");
    }
}
