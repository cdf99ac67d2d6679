package org.crmgateway.mailingest.parse;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The new text of a message: what is left when the quoted reply and the signature are cut off. */
final class Snippets {
    static final int MAX_LENGTH = 300;
    private static final Pattern CUT = Pattern.compile(
            "^(-- ?|_{5,}|-{5,} ?(Original Message|Forwarded message|Ursprüngliche Nachricht|Исходное сообщение|"
                    + "Пересылаемое сообщение|Оригінальне повідомлення|Message d'origine).*|"
                    + "(On|Am|Le|El|Il|Op) .{4,200}(wrote|schrieb|a écrit|escribió|ha scritto|schreef).{0,200}:|"
                    + ".{4,200}(пишет|пише|написал|написала|написав|написала\\(а\\)|wrote).{0,100}:|"
                    + "(From|Von|De|От|Від): .*@.*|Sent from my .*|Отправлено с .*|Надіслано з .*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Snippets() {
    }

    static @Nullable String of(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n", -1)) {
            String l = line.strip();
            if (l.startsWith(">")) {
                continue;
            }
            if (CUT.matcher(line.stripTrailing()).matches()) {
                break;
            }
            if (!l.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(l.replaceAll("\\s+", " "));
            }
            if (out.length() > MAX_LENGTH) {
                break;
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        if (out.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isLowSurrogate(out.charAt(cut))) {
                cut--;
            }
            return out.substring(0, cut).stripTrailing() + "…";
        }
        return out.toString();
    }
}
