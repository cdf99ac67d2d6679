package org.crmgateway.crm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Registered CalDAV accounts and their per-calendar progress; leased like {@link MailAccounts}. */
public interface CalendarAccounts {

    /** Stores the account (secret encrypted) and publishes {@link CalendarAccountRegistered}. */
    CalendarAccount register(TenantId tenant, NewCalendarAccount account);

    Optional<CalendarAccount> find(TenantId tenant, long id);

    List<CalendarAccount> list(TenantId tenant);

    List<CalendarAccount> active();

    String secret(TenantId tenant, long id);

    void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError);

    /** Progress per calendar; {@link FolderProgress#name()} is the calendar href. */
    void reportCalendar(TenantId tenant, long id, FolderProgress progress);

    List<FolderProgress> calendars(TenantId tenant, long id);

    boolean lease(long id, String instance, Duration ttl);

    void release(long id, String instance);

    void delete(TenantId tenant, long id);
}
