package org.crmgateway.crm.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.crmgateway.crm.CrmValidationException;

/** The opaque keyset position of a timeline page: base64 of the last item's occurred_at and id. */
record Cursor(Instant occurredAt, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = s.indexOf('|');
            return new Cursor(Instant.parse(s.substring(0, bar)), Long.parseLong(s.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new CrmValidationException("cursor", "is not a cursor this server handed out");
        }
    }
}
