package org.crmgateway.bench.mail;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.fetch.FetchedMail;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.sync.FolderSync;
import org.crmgateway.mailingest.sync.MailOrigin;
import org.crmgateway.mailingest.sync.MailSyncScheduler;
import org.crmgateway.mailingest.sync.MessageReader;
import org.crmgateway.mailingest.sync.SyncCounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mail ingest benchmarks against a local Dovecot (Debian dovecot-imapd), printing each figure
 * next to its baseline measured in the same run.
 *
 * <pre>
 * throughput [MESSAGES] [h2|JDBC-URL] [LINK-MBIT]  raw IMAP download vs end-to-end ingest into the history,
 *                                      optionally over a link of LINK-MBIT megabits per second
 * freshness [DELIVERIES]               IDLE: delivery to the server -> row in the history, p50/p95
 * freshness-rest [DELIVERIES] [JAR]    the same with the packaged gateway, until the partner's history over REST lists it
 * accounts [N] [QUIET-SECONDS]        N accounts in IDLE on one instance: threads and heap, then CPU while nothing arrives
 * large [MB]                           one message of MB megabytes: peak heap during its ingest vs its size
 * </pre>
 */
public final class MailIngestBenchmark {
    private static final String USER = "bench";
    private static final String WARM_UP_USER = "warmup";
    private static final int WARM_UP_MESSAGES = 2_000;

    private MailIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "throughput";
        switch (mode) {
            case "throughput" -> throughput(args.length > 1 ? Integer.parseInt(args[1]) : 20_000,
                    args.length > 2 ? args[2] : "h2", args.length > 3 ? Integer.parseInt(args[3]) : 0);
            case "freshness" -> freshness(args.length > 1 ? Integer.parseInt(args[1]) : 100);
            case "freshness-rest" -> RestFreshness.run(args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    Path.of(args.length > 2 ? args[2] : "../config/target/crm-gateway.jar"));
            case "large" -> large(args.length > 1 ? Integer.parseInt(args[1]) : 49);
            case "accounts" -> accounts(args.length > 1 ? Integer.parseInt(args[1]) : 1000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 0);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.exit(0);
    }

    static void throughput(int messages, String db, int linkMbit) throws Exception {
        try (LocalDovecot dovecot = LocalDovecot.start(List.of(USER, WARM_UP_USER));
             ThrottledLink link = linkMbit > 0 ? new ThrottledLink(dovecot.port, linkMbit) : null) {
            int port = link == null ? dovecot.port : link.port();
            if (link != null) {
                System.out.printf("all IMAP traffic from the server goes through a %d Mbit/s link%n", linkMbit);
            }
            BenchMessages source = new BenchMessages();
            Path cur = dovecot.inboxCur(USER);
            for (int i = 1; i <= messages; i++) {
                Files.write(cur.resolve("%d.%d.bench:2,".formatted(1_700_000_000 + i, i)), source.message(i));
            }
            // a separate mailbox of the same mix, with other Message-IDs, ingested before the timed run
            BenchMessages warmUpSource = new BenchMessages();
            Path warmUpCur = dovecot.inboxCur(WARM_UP_USER);
            for (int i = 1; i <= WARM_UP_MESSAGES; i++) {
                Files.write(warmUpCur.resolve("%d.%d.bench:2,".formatted(1_700_000_000 + i, i)),
                        warmUpSource.message(1_000_000 + i));
            }
            // index the folders before timing, as mailboxes in use would be
            dovecot.doveadm("mailbox", "status", "-u", USER, "messages", "INBOX");
            dovecot.doveadm("mailbox", "status", "-u", WARM_UP_USER, "messages", "INBOX");
            System.out.printf("mailbox: %d messages, %.1f MB (corpus .eml files and generated mail)%n", messages,
                    source.bytes() / 1e6);
            ImapEndpoint endpoint = endpoint(port, USER);
            MailIngestProperties p = MailIngestProperties.defaults();

            double raw1 = rawDownload(endpoint, p);
            try (ConfigurableApplicationContext context = context(db)) {
                StaffUser owner = owner(context);
                FolderSync sync = context.getBean(FolderSync.class);
                long warmUpStart = System.nanoTime();
                SyncCounts warmUp = ingest(sync, account(context, owner, port, WARM_UP_USER),
                        endpoint(port, WARM_UP_USER), p);
                System.out.printf("warm-up: %d messages of another mailbox ingested in %.2f s, not counted%n",
                        warmUp.fetched(), (System.nanoTime() - warmUpStart) / 1e9);
                MailAccount account = account(context, owner, port, USER);
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                long rowsBefore = jdbc.sql("select count(*) from activity").query(Long.class).single();
                resetPeaks();
                long start = System.nanoTime();
                SyncCounts counts = ingest(sync, account, endpoint, p);
                double e2e = (System.nanoTime() - start) / 1e9;
                long rows = jdbc.sql("select count(*) from activity").query(Long.class).single() - rowsBefore;
                long peak = peakHeap();
                double raw2 = rawDownload(endpoint, p);
                double parsed = download(endpoint, p, context.getBean(MessageReader.class), account);
                double raw = Math.min(raw1, raw2);
                System.out.printf("raw IMAP download (baseline): %.2f s and %.2f s = %.0f msg/s (best)%n", raw1, raw2,
                        messages / raw);
                System.out.printf("end-to-end ingest into %s: %.2f s = %.0f msg/s, %.2fx the raw download%n",
                        db.equals("h2") ? "H2 (file)" : db.startsWith("jdbc:h2:") ? "H2 (" + db + ")" : "PostgreSQL",
                        e2e, messages / e2e, e2e / raw);
                System.out.printf("  %s; %d activity rows%n", counts, rows);
                System.out.printf("  download and parse without recording: %.2f s = %.0f msg/s%n", parsed,
                        messages / parsed);
                System.out.printf("  peak heap used during ingest: %d MB (max heap %d MB)%n", peak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        }
    }

    private static SyncCounts ingest(FolderSync sync, MailAccount account, ImapEndpoint endpoint,
                                     MailIngestProperties p) throws Exception {
        try (ImapInbox inbox = ImapInbox.connect(endpoint, () -> LocalDovecot.PASSWORD, p.connectTimeout(),
                p.readTimeout()); ImapFolderReader folder = inbox.open("INBOX")) {
            return sync.sync(account, folder, () -> false);
        }
    }

    private static ImapEndpoint endpoint(int port, String user) {
        return new ImapEndpoint("127.0.0.1", port, MailSecurity.NONE, user, MailAuth.PASSWORD);
    }

    private static double rawDownload(ImapEndpoint endpoint, MailIngestProperties p) throws Exception {
        return download(endpoint, p, null, null);
    }

    /** Download, and parse each message when a reader is given: the ingest without the recorder. */
    private static double download(ImapEndpoint endpoint, MailIngestProperties p, MessageReader reader,
                                   MailAccount account) throws Exception {
        long start = System.nanoTime();
        long bytes = 0;
        try (ImapInbox inbox = ImapInbox.connect(endpoint, () -> LocalDovecot.PASSWORD, p.connectTimeout(),
                p.readTimeout()); ImapFolderReader folder = inbox.open("INBOX")) {
            long[] uids = folder.uidsAfter(0, null);
            for (int from = 0; from < uids.length; from += p.batchSize()) {
                long[] chunk = Arrays.copyOfRange(uids, from, Math.min(uids.length, from + p.batchSize()));
                for (FetchedMail m : folder.fetch(chunk, p.maxMessageSize().toBytes(), p.memoryLimit().toBytes())) {
                    try (m; var in = m.raw().open()) {
                        bytes += in.transferTo(OutputStream.nullOutputStream());
                        if (reader != null) {
                            reader.read(new MailOrigin(account.tenant(), account.owner(), new SourceRef(
                                    SourceKind.MAIL, account.id(), "INBOX", Long.toString(m.uid())),
                                    Visibility.EVERYTHING, false, null), m.raw(), null, m.headersOnly(), m.size());
                        }
                    }
                }
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("nothing downloaded");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void freshness(int deliveries) throws Exception {
        try (LocalDovecot dovecot = LocalDovecot.start(List.of(USER));
             ConfigurableApplicationContext context = context("h2")) {
            MailAccount account = setUp(context, dovecot.port, USER);
            MailSyncScheduler scheduler = scheduler(context);
            scheduler.startRunner(account);
            MailAccounts accounts = context.getBean(MailAccounts.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            waitUntil(() -> accounts.find(account.tenant(), account.id()).orElseThrow().state() == SyncState.IDLE,
                    Duration.ofSeconds(30), "the account to reach IDLE");
            BenchMessages source = new BenchMessages();
            List<Long> latencies = new ArrayList<>();
            for (int i = 1; i <= deliveries; i++) {
                byte[] message = source.message(i * 4 + 1);
                dovecot.save(USER, message);
                long delivered = System.nanoTime();
                int expected = i;
                waitUntil(() -> jdbc.sql("select count(*) from activity").query(Long.class).single() >= expected,
                        Duration.ofSeconds(30), "delivery " + expected + " in the history");
                latencies.add((System.nanoTime() - delivered) / 1_000_000);
            }
            scheduler.stop();
            latencies.sort(Long::compare);
            System.out.printf("IDLE freshness over %d deliveries: p50 %d ms, p95 %d ms, max %d ms "
                            + "(baseline: a 5-minute poll averages 150 000 ms)%n", deliveries,
                    latencies.get(deliveries / 2), latencies.get((int) Math.ceil(deliveries * 0.95) - 1),
                    latencies.getLast());
        }
    }

    static void large(int megabytes) throws Exception {
        try (LocalDovecot dovecot = LocalDovecot.start(List.of(USER));
             ConfigurableApplicationContext context = context("h2")) {
            long size = LargeMessage.write(dovecot.inboxCur(USER).resolve("1.1.bench:2,"), megabytes);
            dovecot.doveadm("mailbox", "status", "-u", USER, "messages", "INBOX");
            MailAccount account = setUp(context, dovecot.port, USER);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            resetPeaks();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            SyncCounts counts = ingest(context.getBean(FolderSync.class), account, endpoint(dovecot.port, USER),
                    context.getBean(MailIngestProperties.class));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap();
            long stored = jdbc.sql("select coalesce(sum(size_bytes), 0) from attachment").query(Long.class).single();
            System.out.printf("one message of %.1f MB (a %.1f MB attachment, base64) ingested in %.2f s: %s;"
                            + " attachment stored: %.1f MB%n", size / 1e6, LargeMessage.attachmentBytes(megabytes) / 1e6,
                    seconds, counts, stored / 1e6);
            System.out.printf("  heap in use before: %d MB; peak during the ingest: %d MB (max heap %d MB)%n",
                    heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** CPU time of every Dovecot process (master, logins, one imap process per connection), by process id. */
    private static Map<Long, Duration> dovecotCpu() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("dovecot")).orElse(false))
                .collect(Collectors.toMap(ProcessHandle::pid,
                        p -> p.info().totalCpuDuration().orElse(Duration.ZERO)));
    }

    /** CPU used between two snapshots by the processes alive at the second (a process that ended is not counted). */
    private static Duration cpuSince(Map<Long, Duration> before, Map<Long, Duration> after) {
        return after.entrySet().stream().map(e -> e.getValue().minus(before.getOrDefault(e.getKey(), Duration.ZERO)))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void accounts(int n, int quietSeconds) throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add("user" + i);
        }
        try (LocalDovecot dovecot = LocalDovecot.start(users);
             ConfigurableApplicationContext context = context("h2")) {
            BenchMessages source = new BenchMessages();
            for (String u : users) {
                Files.write(dovecot.inboxCur(u).resolve("1.1.bench:2,"), source.message(users.indexOf(u) * 4 + 1));
            }
            StaffUsers staff = context.getBean(StaffUsers.class);
            MailAccounts accounts = context.getBean(MailAccounts.class);
            StaffUser owner = staff.create(TenantId.DEFAULT, new NewUser("owner", new EmailAddress("bench@firm.example"),
                    List.of(), "{noop}x", Role.USER));
            System.gc();
            long heapBefore = usedHeap();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            MailSyncScheduler scheduler = scheduler(context);
            long start = System.nanoTime();
            List<MailAccount> registered = new ArrayList<>();
            for (String u : users) {
                MailAccount a = accounts.register(TenantId.DEFAULT, new NewMailAccount(owner.id(), "127.0.0.1",
                        dovecot.port, MailSecurity.NONE, u, MailAuth.PASSWORD, LocalDovecot.PASSWORD,
                        List.of(), null, Visibility.EVERYTHING, false));
                registered.add(a);
                scheduler.startRunner(a);
            }
            waitUntil(() -> registered.stream().allMatch(a -> accounts.find(a.tenant(), a.id()).orElseThrow().state()
                    == SyncState.IDLE), Duration.ofMinutes(10), "every account to reach IDLE");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heapAfter = usedHeap();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            System.out.printf("%d accounts synced and in IDLE after %.1f s: %d runners; platform threads %d (before: %d);"
                            + " heap after GC %d MB (before: %d MB, %.1f KB per account)%n", n, seconds,
                    scheduler.runningAccounts(), threads, threadsBefore, heapAfter >> 20, heapBefore >> 20,
                    (heapAfter - heapBefore) / 1024.0 / n);
            if (quietSeconds > 0) {
                // the steady state: nothing arrives; what remains is keep-alives, lease renewals and IDLE renewals
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                jdbc.sql("set query_statistics true").update();
                long cpuBefore = processCpuNanos();
                Map<Long, Duration> serverBefore = dovecotCpu();
                LockSupport.parkNanos(Duration.ofSeconds(quietSeconds).toNanos());
                long cpu = processCpuNanos() - cpuBefore;
                Duration server = cpuSince(serverBefore, dovecotCpu());
                long writes = jdbc.sql("""
                        select coalesce(sum(execution_count), 0) from information_schema.query_statistics
                        where upper(sql_statement) like 'UPDATE%' or upper(sql_statement) like 'INSERT%'
                           or upper(sql_statement) like 'MERGE%' or upper(sql_statement) like 'DELETE%'""")
                        .query(Long.class).single();
                System.out.printf("  then %d s with no new mail: gateway CPU %.2f s (%.2f %% of one core);"
                                + " Dovecot CPU %.2f s; database writes %d (%.1f per second); accounts in IDLE: %d%n",
                        quietSeconds, cpu / 1e9, 100.0 * cpu / 1e9 / quietSeconds, server.toMillis() / 1e3, writes,
                        (double) writes / quietSeconds,
                        registered.stream().filter(a -> accounts.find(a.tenant(), a.id()).orElseThrow().state()
                                == SyncState.IDLE).count());
            }
            scheduler.stop();
        }
    }

    private static MailSyncScheduler scheduler(ConfigurableApplicationContext context) {
        MailIngestProperties d = context.getBean(MailIngestProperties.class);
        MailIngestProperties on = new MailIngestProperties(true, d.batchSize(), d.maxMessageSize(), d.memoryLimit(),
                d.idleRenew(), d.pollInterval(), d.backoffMin(), d.backoffMax(), d.connectTimeout(), d.readTimeout(),
                d.leaseTtl(), "bench");
        return new MailSyncScheduler(context.getBean(MailAccounts.class), a -> LocalDovecot.PASSWORD,
                context.getBean(FolderSync.class), on);
    }

    private static ConfigurableApplicationContext context(String db) throws Exception {
        Path data = Files.createTempDirectory("bench-data-");
        String url = db.equals("h2") ? "jdbc:h2:file:" + data.resolve("crm") : db;
        return new SpringApplicationBuilder(MailBenchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", url, "crm.core.data-dir", data.toString(),
                        "crm.mail.sync-enabled", "false", "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN", "logging.level.org.crmgateway.mailingest", "INFO"))
                .run();
    }

    private static MailAccount setUp(ConfigurableApplicationContext context, int port, String user) {
        return account(context, owner(context), port, user);
    }

    /** The staff user who owns the benchmark's mailboxes, and the ten partner companies its mail comes from. */
    private static StaffUser owner(ConfigurableApplicationContext context) {
        StaffUser owner = context.getBean(StaffUsers.class).create(TenantId.DEFAULT, new NewUser("bench",
                new EmailAddress("bench@firm.example"), List.of(), "{noop}x", Role.USER));
        Partners partners = context.getBean(Partners.class);
        for (int i = 0; i < 10; i++) {
            partners.create(TenantId.DEFAULT, new NewPartner(PartnerKind.COMPANY, "Partner " + i, List.of(),
                    List.of("partner" + i + ".example"), null));
        }
        return owner;
    }

    private static MailAccount account(ConfigurableApplicationContext context, StaffUser owner, int port, String user) {
        return context.getBean(MailAccounts.class).register(TenantId.DEFAULT, new NewMailAccount(owner.id(),
                "127.0.0.1", port, MailSecurity.NONE, user, MailAuth.PASSWORD, LocalDovecot.PASSWORD, List.of("INBOX"),
                null, Visibility.EVERYTHING, false));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        Polling.until(condition, Duration.ofMillis(2), timeout, what);
    }
}
