package org.crmgateway.caldav.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/**
 * Calendars and their objects. Every call names the tenant and owner, or a calendar read for
 * them, so nothing is reachable across users or tenants. Writes to one calendar are serialised
 * by its revision counter; their preconditions are checked inside the same transaction.
 */
public interface CalendarStore {

    /** Names of calendars and objects: one path segment, no control or reserved characters. */
    Pattern VALID_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}?#%]{1,200}");

    static boolean isValidName(String name) {
        return VALID_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    List<CalendarCollection> calendars(TenantId tenant, UserId owner);

    Optional<CalendarCollection> calendar(TenantId tenant, UserId owner, String slug);

    /** @throws ObjectWriteException EXISTS when the owner has a calendar with that slug */
    CalendarCollection create(TenantId tenant, UserId owner, NewCalendar calendar);

    /** Replaces the calendar's interpreted properties and its dead properties as given. */
    void updateProperties(CalendarCollection updated);

    /** Deletes the calendar and all its objects; false when it did not exist. */
    boolean delete(TenantId tenant, UserId owner, String slug);

    Optional<CalendarObject> object(CalendarCollection calendar, String href);

    /** The live objects among the hrefs, with their text, in no particular order. */
    List<CalendarObject> objects(CalendarCollection calendar, Collection<String> hrefs);

    /** Streams the live objects matching the query to the consumer, without collecting them. */
    void forEach(CalendarCollection calendar, ObjectQuery query, Consumer<CalendarObject> consumer);

    /** @throws ObjectWriteException PRECONDITION_FAILED or UID_CONFLICT; nothing is written then */
    WriteResult put(CalendarCollection calendar, ObjectWrite write, Precondition precondition);

    /** @throws ObjectWriteException NOT_FOUND or PRECONDITION_FAILED; nothing is deleted then */
    WriteResult delete(CalendarCollection calendar, String href, Precondition precondition);

    /** The calendar's current revision; its sync token and ctag. */
    long revision(CalendarCollection calendar);

    /**
     * Streams every object (live or tombstone, without text) changed after {@code sinceRevision}
     * up to the returned revision, which the caller hands out as the next sync token.
     *
     * @throws IllegalArgumentException when sinceRevision is ahead of the calendar
     */
    long changes(CalendarCollection calendar, long sinceRevision, Consumer<CalendarObject> consumer);
}
