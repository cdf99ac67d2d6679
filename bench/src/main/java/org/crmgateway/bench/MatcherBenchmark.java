package org.crmgateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.matching.AddressKeys;
import org.crmgateway.crm.matching.InMemoryPartnerIndex;
import org.crmgateway.crm.matching.JdbcPartnerIndex;
import org.crmgateway.crm.matching.MatchInput;
import org.crmgateway.crm.matching.MatchResult;
import org.crmgateway.crm.matching.Matcher;
import org.crmgateway.crm.matching.PartnerIndex;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Latency of matching one message with 20 participants against 1,000,000 persons and 100,000
 * companies, printed as percentiles for three paths measured in the same run:
 * <ol>
 *   <li>baseline: the least work any matcher must do (20 address keys, 20 hash look-ups);</li>
 *   <li>the {@link Matcher} over an in-memory index (the matching logic alone);</li>
 *   <li>the production path: the {@link Matcher} over {@link JdbcPartnerIndex} on an H2 file database
 *       created by the real Flyway migration (two indexed IN(...) queries per message).</li>
 * </ol>
 * Each path reports wall-clock and thread-CPU percentiles: on a shared machine the wall clock
 * includes waiting for a CPU, the CPU time is what matching costs.
 * With env {@code CRM_BENCH_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres})
 * the production path is also measured on PostgreSQL, in a database created and dropped for the run.
 * Arguments: {@code [persons] [companies] [iterations] [database directory to keep and reuse]}
 * (defaults 1000000 100000 20000, a temporary directory deleted at the end).
 */
public final class MatcherBenchmark {

    static final int PARTICIPANTS = 20;
    static final int MESSAGES = 16_384;

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        MatchingSettings settings = new MatchingSettings(List.of("firm.example"), List.of(),
                MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS, UnknownSenders.UNRESOLVED, SharedAddressPolicy.ALL,
                false, false, false);
        Matcher matcher = new Matcher(settings);
        List<List<CaptureParticipant>> messages = messages(new Random(42), persons, companies);

        System.out.printf(Locale.ROOT, "Matcher benchmark: %,d persons, %,d companies, %d participants per message, "
                + "%,d timed iterations per path%n", persons, companies, PARTICIPANTS, iterations);
        System.out.printf(Locale.ROOT, "JVM %s, %d CPUs, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long t = System.nanoTime();
        InMemoryPartnerIndex memory = inMemory(persons, companies);
        Map<String, Long> plain = plainMap(persons);
        System.out.printf(Locale.ROOT, "in-memory index built in %.1f s%n", (System.nanoTime() - t) / 1e9);

        List<Row> rows = new ArrayList<>();
        rows.add(measure("baseline: 20 keys + 20 HashMap.get", iterations * 5, messages, m -> {
            long found = 0;
            for (CaptureParticipant p : m) {
                found += plain.getOrDefault(AddressKeys.baseKey(p.address()), 0L);
            }
            return found;
        }));
        rows.add(measure("Matcher + in-memory index", iterations * 5, messages,
                m -> checked(matcher.match(MatchInput.of(m), memory))));

        boolean keep = args.length > 3;
        Path dir = keep ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("matcher-bench");
        try (HikariDataSource ds = h2(dir)) {
            t = System.nanoTime();
            if (!loaded(ds, persons)) {
                load(ds, persons, companies, false);
            }
            System.out.printf(Locale.ROOT, "H2 file database ready in %.1f s (%s)%n", (System.nanoTime() - t) / 1e9, dir);
            PartnerIndex jdbc = new JdbcPartnerIndex(JdbcClient.create(ds), TenantId.DEFAULT);
            rows.add(measure("Matcher + JdbcPartnerIndex (H2 file)", iterations, messages,
                    m -> checked(matcher.match(MatchInput.of(m), jdbc))));
        } finally {
            if (!keep) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        String postgres = System.getenv("CRM_BENCH_POSTGRES_URL");
        if (postgres != null && !postgres.isBlank()) {
            rows.add(postgres(postgres, persons, companies, iterations, messages, matcher));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s | %9s %9s %9s%n", "path (microseconds)", "wall p50",
                "wall p99", "p99.9", "cpu p50", "cpu p99", "p99.9");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-40s %9.1f %9.1f %9.1f | %9.1f %9.1f %9.1f%n", r.name, r.p50, r.p99,
                    r.p999, r.cpu50, r.cpu99, r.cpu999);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f on %d CPUs%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Per message: a staff sender or recipient, 10 known persons, 6 at known company domains, 3 unknown.
     * {@value #MESSAGES} different messages name about 160,000 different persons, a working set larger
     * than the database page cache holds for the index and table pages they touch.
     */
    static List<List<CaptureParticipant>> messages(Random random, int persons, int companies) {
        List<List<CaptureParticipant>> messages = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            List<String> addresses = new ArrayList<>(PARTICIPANTS);
            for (int k = 0; k < 10; k++) {
                addresses.add(personAddress(random.nextInt(persons), companies));
            }
            for (int k = 0; k < 4; k++) {
                addresses.add("someone" + random.nextInt(1000) + "@company" + (1 + random.nextInt(companies)) + ".example");
            }
            for (int k = 0; k < 2; k++) {
                addresses.add("x" + k + "@eu.company" + (1 + random.nextInt(companies)) + ".example");
            }
            addresses.add("friend" + random.nextInt(100_000) + "@gmail.com");
            addresses.add("y@unknown" + random.nextInt(1_000_000) + ".example");
            addresses.add("z@gmx.de");
            boolean outbound = i % 2 == 0;
            List<CaptureParticipant> participants = new ArrayList<>(PARTICIPANTS);
            participants.add(CaptureParticipant.of(outbound ? "olena@firm.example" : addresses.removeFirst(),
                    ParticipantRole.FROM));
            if (!outbound) {
                addresses.addFirst("olena@firm.example");
            }
            for (String a : addresses.subList(0, PARTICIPANTS - 1)) {
                participants.add(CaptureParticipant.of(a, ParticipantRole.TO));
            }
            messages.add(List.copyOf(participants));
        }
        return messages;
    }

    static String personAddress(int i, int companies) {
        return "person" + i + "@company" + (1 + i % companies) + ".example";
    }

    static InMemoryPartnerIndex inMemory(int persons, int companies) {
        InMemoryPartnerIndex index = new InMemoryPartnerIndex().staff(1, "olena@firm.example");
        for (int c = 1; c <= companies; c++) {
            index.company(c, "company" + c + ".example");
        }
        for (int i = 0; i < persons; i++) {
            index.person(companies + 1L + i, 1L + i % companies, personAddress(i, companies));
        }
        return index;
    }

    static Map<String, Long> plainMap(int persons) {
        Map<String, Long> map = new HashMap<>(persons * 2);
        for (int i = 0; i < persons; i++) {
            map.put(personAddress(i, 100_000), (long) i);
        }
        return map;
    }

    /** The same path on PostgreSQL: a database created for the run (and dropped after it) on the server given. */
    static Row postgres(String baseUrl, int persons, int companies, int iterations,
                        List<List<CaptureParticipant>> messages, Matcher matcher) {
        String name = "crm_bench_" + Long.toHexString(System.nanoTime());
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(baseUrl));
        admin.sql("create database " + name).update();
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(baseUrl.replaceFirst("(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + name));
            config.setMaximumPoolSize(2);
            try (HikariDataSource ds = new HikariDataSource(config)) {
                long t = System.nanoTime();
                load(ds, persons, companies, true);
                System.out.printf(Locale.ROOT, "PostgreSQL database loaded in %.1f s%n", (System.nanoTime() - t) / 1e9);
                PartnerIndex jdbc = new JdbcPartnerIndex(JdbcClient.create(ds), TenantId.DEFAULT);
                return measure("Matcher + JdbcPartnerIndex (PostgreSQL)", iterations, messages,
                        m -> checked(matcher.match(MatchInput.of(m), jdbc)));
            }
        } finally {
            admin.sql("drop database if exists " + name + " with (force)").update();
        }
    }

    static HikariDataSource h2(Path dir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** Whether a kept database already holds the data set (a rerun skips loading). */
    static boolean loaded(DataSource ds, int persons) {
        JdbcClient jdbc = JdbcClient.create(ds);
        boolean migrated = jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'partner_email'")
                .query(Integer.class).single() > 0;
        return migrated && jdbc.sql("select count(*) from partner_email").query(Integer.class).single() == persons;
    }

    /** The real schema, bulk-filled in SQL: companies 1..C, persons C+1..C+P, each in company (i mod C) + 1. */
    static void load(DataSource ds, int persons, int companies, boolean postgres) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/core").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into app_user (tenant_id, username, role, password_hash) values (1, 'olena', 'USER', 'x')").update();
        jdbc.sql("""
                insert into user_address (tenant_id, user_id, address, address_key, base_key, primary_address)
                values (1, 1, 'olena@firm.example', 'olena@firm.example', 'olena@firm.example', true)""").update();
        jdbc.sql("insert into partner (tenant_id, kind, name) select 1, 'COMPANY', 'Company ' || x from "
                + range(postgres, "1", ":c")).param("c", companies).update();
        jdbc.sql("insert into partner_domain (tenant_id, partner_id, domain) select 1, x, 'company' || x || '.example' "
                + "from " + range(postgres, "1", ":c")).param("c", companies).update();
        jdbc.sql("insert into partner (tenant_id, kind, name, company_id) select 1, 'PERSON', 'Person ' || x, "
                + "mod(x, :c) + 1 from " + range(postgres, "0", ":p - 1"))
                .param("c", companies).param("p", persons).update();
        jdbc.sql("insert into partner_email (tenant_id, partner_id, address, address_key, base_key) "
                + "select 1, :c + 1 + x, a, a, a from (select x, 'person' || x || '@company' || (mod(x, :c) + 1) "
                + "|| '.example' as a from " + range(postgres, "0", ":p - 1") + ") s")
                .param("c", companies).param("p", persons).update();
        jdbc.sql("analyze").update();
    }

    /** A row source of integers from..to in column x. */
    static String range(boolean postgres, String from, String to) {
        return postgres ? "generate_series(" + from + ", " + to + ") as r(x)" : "system_range(" + from + ", " + to + ")";
    }

    static long checked(MatchResult r) {
        if (r.links().size() < 10) {
            throw new IllegalStateException("the benchmark data did not match as designed: " + r.links().size());
        }
        return r.links().size();
    }

    static Row measure(String name, int iterations, List<List<CaptureParticipant>> messages,
                       ToLongFunction<List<CaptureParticipant>> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int warmup = Math.max(1000, iterations / 2);
        for (int i = 0; i < warmup; i++) {
            sink += work.applyAsLong(messages.get(i % messages.size()));
        }
        long[] wall = new long[iterations];
        long[] cpu = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            List<CaptureParticipant> m = messages.get((i * 7919) % messages.size());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += work.applyAsLong(m);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        if (sink == 42) {
            System.out.print("");
        }
        return new Row(name, pct(wall, 0.50), pct(wall, 0.99), pct(wall, 0.999), pct(cpu, 0.50), pct(cpu, 0.99),
                pct(cpu, 0.999));
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }

    /** Percentiles in microseconds of wall-clock time and of the thread's CPU time. */
    record Row(String name, double p50, double p99, double p999, double cpu50, double cpu99, double cpu999) {
    }
}
