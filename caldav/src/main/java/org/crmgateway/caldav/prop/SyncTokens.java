package org.crmgateway.caldav.prop;

import java.util.OptionalLong;
import org.crmgateway.caldav.store.CalendarCollection;

/**
 * Sync tokens (RFC 6578 section 3.2) are URIs naming the calendar and its revision, so a token of
 * another calendar, another server or a future revision is recognised as invalid.
 */
public final class SyncTokens {
    private static final String PREFIX = "http://crmgateway.org/ns/sync/";

    private SyncTokens() {
    }

    public static String of(CalendarCollection calendar, long revision) {
        return PREFIX + calendar.id() + "-" + revision;
    }

    /** The revision the token stands for, empty when it is not a token of this calendar. */
    public static OptionalLong revision(CalendarCollection calendar, String token) {
        String expected = PREFIX + calendar.id() + "-";
        if (!token.strip().startsWith(expected)) {
            return OptionalLong.empty();
        }
        try {
            long revision = Long.parseLong(token.strip().substring(expected.length()));
            return revision < 0 ? OptionalLong.empty() : OptionalLong.of(revision);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The ctag (calendarserver.org getctag) clients poll before syncing. */
    public static String ctag(CalendarCollection calendar, long revision) {
        return of(calendar, revision);
    }
}
