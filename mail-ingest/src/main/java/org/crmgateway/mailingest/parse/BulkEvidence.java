package org.crmgateway.mailingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.crmgateway.crm.MailTraits;
import org.jspecify.annotations.Nullable;

/** What in the headers marks a message as bulk or automatic (RFC 2369, RFC 2919, RFC 3834). */
final class BulkEvidence {
    private static final Pattern OUT_OF_OFFICE = Pattern.compile(
            "^(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheitsnotiz|"
                    + "automatische antwort|r[ée]ponse automatique|absence du bureau|respuesta autom[áa]tica|"
                    + "fuera de la oficina|risposta automatica|автоответ|автоматический ответ|"
                    + "нет на месте|вне офиса|автовідповідь|автоматична відповідь|поза офісом|"
                    + "відсутн(ій|я) в офісі|undeliverable|delivery status notification|"
                    + "mail delivery (failed|subsystem)|returned mail).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BulkEvidence() {
    }

    /** @param headers lower-case header names to their decoded values */
    static MailTraits of(Map<String, List<String>> headers, @Nullable String subject) {
        if (headers.containsKey("list-id")) {
            return new MailTraits("List-Id");
        }
        if (headers.containsKey("list-unsubscribe")) {
            return new MailTraits("List-Unsubscribe");
        }
        String precedence = first(headers, "precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("\\s*(bulk|list|junk)\\s*")) {
            return new MailTraits("Precedence: " + precedence.strip().toLowerCase(Locale.ROOT));
        }
        String auto = first(headers, "auto-submitted");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return new MailTraits("Auto-Submitted: " + auto.strip());
        }
        if (headers.containsKey("x-autoreply")) {
            return new MailTraits("X-Autoreply");
        }
        if (headers.containsKey("x-autorespond")) {
            return new MailTraits("X-Autorespond");
        }
        if (subject != null && OUT_OF_OFFICE.matcher(subject.strip()).matches()) {
            return new MailTraits("out-of-office subject");
        }
        return MailTraits.PERSONAL;
    }

    private static @Nullable String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }
}
