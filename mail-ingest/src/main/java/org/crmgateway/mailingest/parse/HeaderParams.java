package org.crmgateway.mailingest.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A structured MIME header value such as {@code Content-Type} or {@code Content-Disposition}:
 * the value before the first {@code ;} and its parameters, with RFC 2231 continuations
 * ({@code name*0*=}) and charsets ({@code name*=utf-8''%D0%9F}) joined and decoded, and RFC 2047
 * words in quoted values (not allowed, but common) decoded too.
 */
record HeaderParams(String value, Map<String, String> params) {

    static HeaderParams parse(@Nullable String header) {
        if (header == null) {
            return new HeaderParams("", Map.of());
        }
        int semi = header.indexOf(';');
        String value = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> continued = new LinkedHashMap<>();
        int i = semi < 0 ? header.length() : semi + 1;
        while (i < header.length()) {
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            int[] end = new int[1];
            String val = readValue(header, eq + 1, end);
            i = end[0];
            if (name.isEmpty()) {
                continue;
            }
            boolean extended = name.endsWith("*");
            String base = extended ? name.substring(0, name.length() - 1) : name;
            int star = base.indexOf('*');
            if (star > 0) {
                Integer section = parseSection(base.substring(star + 1));
                if (section != null) {
                    continued.computeIfAbsent(base.substring(0, star), k -> new TreeMap<>())
                            .put(section, new String[] {val, extended ? "*" : ""});
                    continue;
                }
            }
            plain.putIfAbsent(base, extended ? decodeExtended(val, null) : EncodedWords.decode(val));
        }
        continued.forEach((name, sections) -> plain.put(name, join(sections)));
        return new HeaderParams(value, plain);
    }

    @Nullable String param(String name) {
        return params.get(name);
    }

    private static @Nullable Integer parseSection(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String join(TreeMap<Integer, String[]> sections) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (var e : sections.entrySet()) {
            String val = e.getValue()[0];
            if (e.getValue()[1].equals("*")) {
                if (e.getKey() == 0) {
                    int q1 = val.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : val.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        charset = val.substring(0, q1);
                        val = val.substring(q2 + 1);
                    }
                }
                percentDecode(val, bytes);
            } else {
                flushBytes(text, bytes, charset);
                text.append(val);
            }
        }
        flushBytes(text, bytes, charset);
        return text.toString();
    }

    private static void flushBytes(StringBuilder text, ByteArrayOutputStream bytes, @Nullable String charset) {
        if (bytes.size() > 0) {
            byte[] b = bytes.toByteArray();
            text.append(Charsets.decode(b, Charsets.forLabelOrGuess(charset, b)));
            bytes.reset();
        }
    }

    private static String decodeExtended(String val, @Nullable String defaultCharset) {
        String charset = defaultCharset;
        int q1 = val.indexOf('\'');
        int q2 = q1 < 0 ? -1 : val.indexOf('\'', q1 + 1);
        if (q2 > 0) {
            charset = val.substring(0, q1);
            val = val.substring(q2 + 1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        percentDecode(val, bytes);
        byte[] b = bytes.toByteArray();
        Charset cs = Charsets.forLabelOrGuess(charset, b);
        return Charsets.decode(b, cs);
    }

    private static void percentDecode(String s, ByteArrayOutputStream out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeBytes(b);
            }
        }
    }

    private static String readValue(String s, int from, int[] end) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '"') {
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                sb.append(c);
                i++;
            }
            int semi = s.indexOf(';', i);
            end[0] = semi < 0 ? s.length() : semi + 1;
            return sb.toString();
        }
        int semi = s.indexOf(';', i);
        end[0] = semi < 0 ? s.length() : semi + 1;
        return s.substring(i, semi < 0 ? s.length() : semi).strip();
    }
}
