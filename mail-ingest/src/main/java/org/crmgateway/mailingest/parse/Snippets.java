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

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENT_FROM = Pattern.compile("^(Sent from|Отправлено с|Надіслано з) ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Snippets() {
    }

    /**
     * Whether {@link #CUT} could match this stripped line: it starts with a dash or an underscore,
     * ends with a colon, names an address or says where it was sent from. Most lines are none of
     * these, and skipping the expression for them keeps long bodies cheap.
     */
    private static boolean mayCut(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        return first == '-' || first == '_' || line.charAt(line.length() - 1) == ':' || line.indexOf('@') >= 0
                || SENT_FROM.matcher(line).lookingAt();
    }

    static @Nullable String of(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= text.length() && out.length() <= MAX_LENGTH) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            String l = line.strip();
            if (l.startsWith(">")) {
                continue;
            }
            if (mayCut(l) && CUT.matcher(line.stripTrailing()).matches()) {
                break;
            }
            if (!l.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(SPACES.matcher(l).replaceAll(" "));
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
