package org.crmgateway.mailingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Charset labels as found in the wild, mapped to what the JDK knows; decoding never throws,
 * undecodable bytes become U+FFFD.
 */
final class Charsets {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("utf-8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("koi8", "KOI8-R"), Map.entry("koi8r", "KOI8-R"), Map.entry("koi8u", "KOI8-U"),
            Map.entry("koi8-ru", "KOI8-U"), Map.entry("win-1251", "windows-1251"), Map.entry("cp-1251", "windows-1251"),
            Map.entry("x-cp1251", "windows-1251"), Map.entry("win1251", "windows-1251"),
            Map.entry("windows1251", "windows-1251"), Map.entry("cp866", "IBM866"), Map.entry("ibm-866", "IBM866"),
            Map.entry("x-cp866", "IBM866"), Map.entry("alt", "IBM866"), Map.entry("iso8859-5", "ISO-8859-5"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("gb2312", "GBK"), Map.entry("x-mac-cyrillic", "x-MacCyrillic"));

    private Charsets() {
    }

    /**
     * The charset for a label, or null when the JDK knows none or the label says nothing (US-ASCII
     * and "unknown" labels often sit on UTF-8 or 8-bit text). ISO-8859-1 maps to windows-1252, which
     * decodes every byte, as WHATWG and mail clients do.
     */
    static @Nullable Charset forLabel(@Nullable String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        if (l.equals("us-ascii") || l.equals("ascii") || l.contains("unknown")) {
            return null;
        }
        String name = ALIASES.getOrDefault(l, l);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset for a label, else UTF-8 when the bytes are valid UTF-8, else windows-1252. */
    static Charset forLabelOrGuess(@Nullable String label, byte[] bytes) {
        Charset cs = forLabel(label);
        if (cs != null) {
            return cs;
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes leniently: malformed input becomes replacement characters. */
    static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE decoder reported an error", e);
        }
    }

    /** Raw 8-bit header bytes: UTF-8 when valid (RFC 6532), else the fallback charset. */
    static String decodeHeader(byte[] bytes, Charset fallback) {
        return decode(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : fallback);
    }
}
