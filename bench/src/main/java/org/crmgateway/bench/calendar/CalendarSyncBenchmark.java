package org.crmgateway.bench.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmgateway.calendarsync.CalendarSyncConfiguration;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.client.CalDavClient;
import org.crmgateway.calendarsync.sync.AccountSync;
import org.crmgateway.calendarsync.sync.BatchWriter;
import org.crmgateway.calendarsync.sync.CalendarObjectStore;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First sync and incremental sync (10 changed events) of a Radicale calendar at two sizes, each
 * next to Radicale's own time for one full calendar-query of the same calendar, measured in the
 * same run. Usage: {@code CalendarSyncBenchmark [size ...]} (default 2500 10000); 1 in 20 objects
 * is a weekly series of 60 occurrences.
 */
public final class CalendarSyncBenchmark {
    private static final int ROUNDS = 3;
    private static final int CHANGES = 10;

    private CalendarSyncBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2500, 10000);
        }
        Instant now = Instant.now();
        List<String> rows = new ArrayList<>();
        try (RadicaleServer radicale = RadicaleServer.start()) {
            for (int size : sizes) {
                rows.add(measure(radicale, size, now));
            }
        }
        System.out.println();
        System.out.println("| events (series) | occurrences | Radicale calendar-query | first sync | incremental, "
                + CHANGES + " changes | Radicale sync-collection, no change |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String measure(RadicaleServer radicale, int size, Instant now) {
        int series = size / 20;
        String name = "bench-" + size;
        URI calendar = radicale.mkcalendar(name);
        radicale.seed(name, BenchCalendar.objects(size, series, now));
        CalDavClient client = new CalDavClient(CalDavClient.newHttpClient(Duration.ofSeconds(10)), RadicaleServer.USER,
                RadicaleServer.PASSWORD, Duration.ofMinutes(10));
        client.queryAllEvents(calendar);
        double query = median(() -> time(() -> client.queryAllEvents(calendar)));

        DataSource db = database();
        CalendarObjectStore store = new CalendarObjectStore(JdbcClient.create(db));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        CalendarSyncProperties settings = CalendarSyncProperties.defaults();
        BenchCore core = new BenchCore(RadicaleServer.PASSWORD);
        AccountSync sync = new AccountSync(core, core, store, new BatchWriter(core, store, tx),
                CalendarSyncConfiguration.meetingReader(settings), settings, Clock.systemUTC());

        long[] accountIds = {0};
        Supplier<CalendarAccount> freshAccount = () -> new CalendarAccount(++accountIds[0], TenantId.DEFAULT,
                UserId.of(1), calendar, RadicaleServer.USER, Visibility.EVERYTHING, null, SyncState.PENDING, null);
        long before = core.captures.get();
        CalendarAccount[] last = new CalendarAccount[1];
        double first = median(() -> {
            last[0] = freshAccount.get();
            return time(() -> sync.run(last[0]));
        });
        long occurrences = (core.captures.get() - before) / ROUNDS;

        int[] version = {0};
        double incremental = median(() -> {
            version[0]++;
            for (int c = 0; c < CHANGES; c++) {
                int i = (version[0] * 7919 + c * 613) % size;
                radicale.put(calendar, "e" + i + ".ics", BenchCalendar.event(i, i % 20 == 0, now, version[0]));
            }
            return time(() -> sync.run(last[0]));
        });
        // Radicale derives a sync-token from every object's etag, so part of any incremental sync grows with size
        String token = core.position(TenantId.DEFAULT, SourceKind.CALENDAR, last[0].id(), calendar.getRawPath())
                .orElseThrow().substring("sync-token ".length());
        double tokenOnly = median(() -> time(() -> client.syncCollection(calendar, token)));
        System.out.printf(Locale.ROOT, "size %d: query %.0f ms, first %.0f ms, incremental %.0f ms, sync-collection %.0f ms%n",
                size, query, first, incremental, tokenOnly);
        return String.format(Locale.ROOT, "| %,d (%d) | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |", size, series,
                occurrences, query, first, incremental, tokenOnly);
    }

    private static DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/calendar-sync").load().migrate();
        return h2;
    }

    private static double time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Supplier<Double> measurement) {
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            values.add(measurement.get());
        }
        values.sort(Double::compare);
        return values.get(ROUNDS / 2);
    }
}
