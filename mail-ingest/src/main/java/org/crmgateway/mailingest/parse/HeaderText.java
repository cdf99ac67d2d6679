package org.crmgateway.mailingest.parse;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;
import org.jspecify.annotations.Nullable;

/** Header field values as text: raw bytes decoded (UTF-8 when valid, else windows-1252) and unfolded. */
final class HeaderText {
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private HeaderText() {
    }

    static String name(Field field) {
        return field.getName().strip().toLowerCase(Locale.ROOT);
    }

    /** The value as written, encoded words left in place. */
    static String raw(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return unfold(field.getBody() == null ? "" : field.getBody());
        }
        byte[] bytes = raw.toByteArray();
        int colon = 0;
        while (colon < bytes.length && bytes[colon] != ':') {
            colon++;
        }
        if (colon >= bytes.length) {
            return unfold(field.getBody() == null ? "" : field.getBody());
        }
        byte[] value = java.util.Arrays.copyOfRange(bytes, colon + 1, bytes.length);
        return unfold(Charsets.decodeHeader(value, FALLBACK));
    }

    static @Nullable String first(List<Field> fields, String name) {
        for (Field f : fields) {
            if (name(f).equals(name)) {
                return raw(f);
            }
        }
        return null;
    }

    static String unfold(String s) {
        return FOLD.matcher(s).replaceAll("").replace("\r", "").replace("\n", "").strip();
    }
}
