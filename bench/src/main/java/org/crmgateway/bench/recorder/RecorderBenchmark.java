package org.crmgateway.bench.recorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureAttachment;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureOutcome;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.ThreadKeys;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records generated mail captures through {@link HistoryRecorder} in batches and prints messages per
 * second, next to a baseline measured in the same run on the same database: the same number of plain
 * single-row inserts into a scratch table, committed in the same batch size.
 *
 * <p>Arguments: {@code [messages] [batch size] [jdbc url]}; without a URL an H2 file database in a
 * temporary directory is used.
 */
public final class RecorderBenchmark {

    private static final int PARTNER_COMPANIES = 60;
    private static final int PERSONS_PER_COMPANY = 5;

    private RecorderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path data = Files.createTempDirectory("recorder-bench-");
        String url = args.length > 2 ? args[2] : "jdbc:h2:file:" + data.resolve("crm");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RecorderBenchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", url, "crm.core.data-dir", data.toString(),
                        "spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run()) {
            TenantId tenant = TenantId.DEFAULT;
            setUp(context, tenant);
            List<SourceBatch> batches = generate(tenant, messages, batchSize);
            HistoryRecorder recorder = context.getBean(HistoryRecorder.class);
            record(recorder, generate(tenant, 1_000, batchSize).subList(0, 2), "warm-up");

            double baseline = baseline(context, messages, batchSize);
            double recorded = record(recorder, batches, "recorder");
            System.out.printf("database: %s%n", url.startsWith("jdbc:h2") ? "H2 file" : url);
            System.out.printf("baseline, plain single-row inserts: %,.0f rows/s%n", baseline);
            System.out.printf("history recorder: %,.0f msg/s (%.1fx the baseline's time per row)%n",
                    recorded, baseline / recorded);
        }
    }

    private static void setUp(ConfigurableApplicationContext context, TenantId tenant) {
        context.getBean(StaffUsers.class).create(tenant, new NewUser("bench-" + UUID.randomUUID().toString().substring(0, 8),
                new EmailAddress("bench@firm.example"), List.of(new EmailAddress("sales@firm.example")), "{noop}x", Role.USER));
        Partners partners = context.getBean(Partners.class);
        for (int c = 0; c < PARTNER_COMPANIES; c++) {
            var company = partners.create(tenant, new NewPartner(PartnerKind.COMPANY, "Partner " + c, List.of(),
                    List.of(domain(c)), null));
            for (int p = 0; p < PERSONS_PER_COMPANY; p++) {
                partners.create(tenant, new NewPartner(PartnerKind.PERSON, "Person " + c + "-" + p,
                        List.of(new EmailAddress("person" + p + "@" + domain(c))), List.of(), company.id()));
            }
        }
    }

    private static String domain(int company) {
        return "partner" + company + ".example";
    }

    /**
     * Mail as a salesperson's inbox holds it: mostly from known persons, some from unknown people at
     * partner domains, some from strangers (unresolved), a third replies to earlier mail, a few
     * bulk-looking ones to colleagues only (skipped), 5 % with an attachment.
     */
    static List<SourceBatch> generate(TenantId tenant, int messages, int batchSize) {
        Random random = new Random(42);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> earlier = new ArrayList<>();
        List<SourceBatch> batches = new ArrayList<>();
        SourceBatch.Builder batch = null;
        Instant t0 = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 0; i < messages; i++) {
            if (batch == null) {
                batch = SourceBatch.to(new Checkpoint(tenant, SourceKind.MAIL, 1, "INBOX-" + run, Integer.toString(i)));
            }
            int company = random.nextInt(PARTNER_COMPANIES);
            int kind = random.nextInt(100);
            String external = kind < 70 ? "person" + random.nextInt(PERSONS_PER_COMPANY) + "@" + domain(company)
                    : kind < 90 ? "new" + random.nextInt(5_000) + "@" + domain(company)
                    : kind < 97 ? "stranger" + random.nextInt(2_000) + "@elsewhere" + random.nextInt(300) + ".example"
                    : "colleague" + random.nextInt(20) + "@firm.example";
            List<CaptureParticipant> ps = new ArrayList<>();
            boolean outbound = random.nextInt(3) == 0;
            ps.add(CaptureParticipant.of(outbound ? "bench@firm.example" : external, ParticipantRole.FROM));
            ps.add(CaptureParticipant.of(outbound ? external : "bench@firm.example", ParticipantRole.TO));
            if (random.nextInt(4) == 0) {
                ps.add(CaptureParticipant.of("person" + random.nextInt(PERSONS_PER_COMPANY) + "@" + domain(company),
                        ParticipantRole.CC));
            }
            String messageId = run + "." + i + "@mail.example";
            ThreadKeys thread = new ThreadKeys(messageId, null, List.of());
            if (!earlier.isEmpty() && random.nextInt(3) == 0) {
                String parent = earlier.get(random.nextInt(earlier.size()));
                thread = new ThreadKeys(messageId, parent, List.of(parent));
            }
            earlier.add(messageId);
            List<CaptureAttachment> attachments = random.nextInt(20) == 0
                    ? List.of(new CaptureAttachment("offer-" + i + ".pdf", "application/pdf", 40_000,
                    "%064x".formatted(i), null, false))
                    : List.of();
            String text = ("Dear colleague,\nthank you for your message number " + i + ".\n").repeat(1 + random.nextInt(20));
            batch.add(Capture.email(tenant, new SourceRef(SourceKind.MAIL, 1, "INBOX-" + run, Integer.toString(i)),
                            SourceKeys.ofMessageId(messageId), t0.plusSeconds(60L * i))
                    .participants(ps).subject("Re: offer " + i).body(new CaptureBody(text, null, null, null))
                    .attachments(attachments).thread(thread).build());
            if (batch.size() == batchSize || i == messages - 1) {
                batches.add(batch.build());
                batch = null;
            }
        }
        return batches;
    }

    private static double record(HistoryRecorder recorder, List<SourceBatch> batches, String label) {
        int count = 0;
        Map<CaptureOutcome.Kind, Integer> outcomes = new java.util.EnumMap<>(CaptureOutcome.Kind.class);
        long start = System.nanoTime();
        for (SourceBatch b : batches) {
            BatchResult result = recorder.record(b);
            count += b.captures().size();
            result.outcomes().forEach(o -> outcomes.merge(o.kind(), 1, Integer::sum));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d captures in %.2f s, outcomes %s%n", label, count, seconds, outcomes);
        return count / seconds;
    }

    private static double baseline(ConfigurableApplicationContext context, int rows, int batchSize) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        jdbc.execute("create table bench_scratch (id bigint primary key, subject varchar(300), at_time timestamp)");
        try {
            long start = System.nanoTime();
            for (int from = 0; from < rows; from += batchSize) {
                int first = from;
                tx.executeWithoutResult(s -> {
                    for (int i = first; i < Math.min(rows, first + batchSize); i++) {
                        jdbc.update("insert into bench_scratch (id, subject, at_time) values (?, ?, ?)",
                                i, "Re: offer " + i, java.sql.Timestamp.from(Instant.now()));
                    }
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("baseline: %,d single-row inserts in %.2f s%n", rows, seconds);
            return rows / seconds;
        } finally {
            jdbc.execute("drop table bench_scratch");
        }
    }
}
