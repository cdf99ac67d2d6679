package org.crmgateway.calendarsync.sync;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.client.CalDavClient;
import org.crmgateway.calendarsync.client.CalDavException;
import org.crmgateway.calendarsync.client.CalendarCollection;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One pass over one account: discover its calendars, bring each up to date, report the state.
 * A calendar that fails does not stop the others; the account is then in ERROR with the reason.
 */
@Component
public class AccountSync {
    private static final Logger LOG = LoggerFactory.getLogger(AccountSync.class);

    private final CalendarAccounts accounts;
    private final Checkpoints checkpoints;
    private final CalendarObjectStore store;
    private final BatchWriter writer;
    private final MeetingReader reader;
    private final CalendarSyncProperties settings;
    private final HttpClient http;
    private final Clock clock;

    @Autowired
    public AccountSync(CalendarAccounts accounts, Checkpoints checkpoints, CalendarObjectStore store, BatchWriter writer,
                       MeetingReader reader, CalendarSyncProperties settings, ObjectProvider<Clock> clock) {
        this(accounts, checkpoints, store, writer, reader, settings, clock.getIfAvailable(Clock::systemUTC));
    }

    /** For use outside Spring (benchmarks) and with a fixed clock. */
    public AccountSync(CalendarAccounts accounts, Checkpoints checkpoints, CalendarObjectStore store, BatchWriter writer,
                       MeetingReader reader, CalendarSyncProperties settings, Clock clock) {
        this.accounts = accounts;
        this.checkpoints = checkpoints;
        this.store = store;
        this.writer = writer;
        this.reader = reader;
        this.settings = settings;
        this.http = CalDavClient.newHttpClient(settings.connectTimeout());
        this.clock = clock;
    }

    /**
     * Syncs the account once.
     *
     * @return whether every calendar was brought up to date
     * @throws CalDavException when the server cannot be reached or discovery fails
     */
    public boolean run(CalendarAccount account) {
        MDC.put("calendarAccount", Long.toString(account.id()));
        try {
            accounts.reportState(account.tenant(), account.id(), SyncState.SYNCING, null);
            CalDavClient client = new CalDavClient(http, account.username(),
                    accounts.secret(account.tenant(), account.id()), settings.requestTimeout());
            List<CalendarCollection> calendars = client.discover(account.url());
            CalendarPass pass = new CalendarPass(client, account, checkpoints, accounts, store, writer, reader,
                    settings, clock);
            List<String> errors = new ArrayList<>();
            CalendarPass.Summary total = CalendarPass.Summary.NOTHING;
            for (CalendarCollection calendar : calendars) {
                MDC.put("calendar", calendar.href());
                try {
                    total = total.plus(pass.run(calendar));
                } catch (CalDavException e) {
                    LOG.warn("Calendar {} of account {} failed: {}", calendar.href(), account.id(), e.getMessage());
                    errors.add("Calendar '%s': %s".formatted(name(calendar), e.getMessage()));
                } finally {
                    MDC.remove("calendar");
                }
            }
            LOG.info("Calendar account {}: {} calendars, {} objects read, {} meetings, {} quarantined, {} withdrawn",
                    account.id(), calendars.size(), total.fetched(), total.captures(), total.quarantined(),
                    total.withdrawn());
            if (calendars.isEmpty()) {
                errors.add("No calendar with events was found for this account");
            }
            accounts.reportState(account.tenant(), account.id(), errors.isEmpty() ? SyncState.IDLE : SyncState.ERROR,
                    errors.isEmpty() ? null : String.join("; ", errors));
            return errors.isEmpty();
        } catch (CalDavException e) {
            accounts.reportState(account.tenant(), account.id(), SyncState.ERROR, e.getMessage());
            throw e;
        } finally {
            MDC.remove("calendarAccount");
        }
    }

    private static String name(CalendarCollection calendar) {
        return calendar.displayName() != null ? calendar.displayName() : calendar.href();
    }
}
