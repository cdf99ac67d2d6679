package org.crmgateway.mailingest.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words, decoded the way mail clients do rather than the way the RFC wants:
 * adjacent words in the same charset are joined before decoding, so a multi-byte character split
 * between two words survives; words glued to text or inside quotes are decoded too; an unknown
 * charset label falls back to UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
final class EncodedWords {
    private static final Pattern NOT_BASE64 = Pattern.compile("[^A-Za-z0-9+/]");
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+?)(?:\\*[^?]*)?\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BLANK = Pattern.compile("[ \\t\\r\\n]*");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (!text.contains("=?")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int pos = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String between = text.substring(pos, m.start());
            boolean adjacent = pendingCharset != null && BLANK.matcher(between).matches();
            String charset = m.group(1).toLowerCase(Locale.ROOT);
            if (!adjacent || !charset.equals(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between);
                }
            }
            pendingCharset = charset;
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quotedPrintable(m.group(3));
            pending.writeBytes(bytes);
            pos = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, pos, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (charset == null || pending.size() == 0) {
            pending.reset();
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        Charset cs = Charsets.forLabelOrGuess(charset, bytes);
        out.append(Charsets.decode(bytes, cs));
    }

    private static byte[] base64(String s) {
        String clean = NOT_BASE64.matcher(s).replaceAll("");
        int rem = clean.length() % 4;
        if (rem == 1) {
            clean = clean.substring(0, clean.length() - 1);
        } else if (rem > 1) {
            clean = clean + "=".repeat(4 - rem);
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
