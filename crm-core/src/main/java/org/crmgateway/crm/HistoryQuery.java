package org.crmgateway.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a partner's timeline. Nulls mean "any".
 *
 * @param cursor the {@code next} of the previous page
 */
public record HistoryQuery(PartnerId partner, @Nullable CaptureKind type, @Nullable UserId staff,
                           @Nullable Instant from, @Nullable Instant to, @Nullable String cursor, int limit) {
    public HistoryQuery {
        if (limit < 1 || limit > 200) {
            throw new CrmValidationException("limit", "must be between 1 and 200");
        }
    }

    public static HistoryQuery of(PartnerId partner, @Nullable String cursor, int limit) {
        return new HistoryQuery(partner, null, null, null, null, cursor, limit);
    }
}
