package org.crmgateway.bench.caldav;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The CalDAV server against Radicale, same data, same requests, one run: a one-month
 * calendar-query, a calendar-multiget of 100 objects and an incremental sync-collection over a
 * calendar of 10,000 events. Prints latency percentiles, throughput and the ratio to Radicale.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests} then
 * {@code java -cp bench/target/classes:$(cat bench/target/cp.txt) org.crmgateway.bench.caldav.CalDavBenchmark}
 * (see docs/benchmarks.md).
 */
public final class CalDavBenchmark {
    private static final int EVENTS = 10_000;
    /** Requests before measuring, so the JIT has compiled the gateway's paths. */
    private static final int WARM_UP = 10;
    private static final String SLUG = "bench";
    private static final Pattern TOKEN = Pattern.compile("<(?:\\w+:)?sync-token>([^<]+)</(?:\\w+:)?sync-token>");

    private CalDavBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<BenchEvents.Event> events = BenchEvents.generate(EVENTS);
        Path dir = Files.createTempDirectory("caldav-bench");
        try (RadicaleServer radicale = RadicaleServer.start();
             ConfigurableApplicationContext gateway = BenchGateway.start(
                     "jdbc:h2:file:" + dir.resolve("gateway/db") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            radicale.mkcalendar(SLUG);
            Map<String, String> objects = new LinkedHashMap<>();
            events.forEach(e -> objects.put(e.href(), e.text()));
            radicale.seed(SLUG, objects);
            DavHttp ours = new DavHttp("http://127.0.0.1:" + BenchGateway.port(gateway), BenchGateway.USER,
                    BenchGateway.PASSWORD);
            DavHttp theirs = new DavHttp("http://127.0.0.1:" + radicale.root().getPort(), RadicaleServer.USER,
                    RadicaleServer.PASSWORD);
            String ourCalendar = "/dav/calendars/" + BenchGateway.USER + "/" + SLUG + "/";
            String theirCalendar = "/" + RadicaleServer.USER + "/" + SLUG + "/";
            long loadStart = System.nanoTime();
            load(ours, ourCalendar, events);
            System.out.printf(Locale.ROOT, "loaded %d events into the gateway over HTTP PUT in %.1f s%n", EVENTS,
                    (System.nanoTime() - loadStart) / 1e9);

            List<String> hundred = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                hundred.add(events.get(i * (EVENTS / 100) + 7).href());
            }
            Scenario query = new Scenario("calendar-query, one month (Depth 1, etag + data)",
                    Bodies.monthQuery("20270301T000000Z", "20270401T000000Z"));
            Scenario multiget = new Scenario("calendar-multiget, 100 objects", null);
            Scenario sync = new Scenario("sync-collection, 10 changes since token", null);

            String ourToken = syncToken(ours.expect(207, "REPORT", ourCalendar, Bodies.sync(""), "Depth", "1"));
            String theirToken = syncToken(theirs.expect(207, "REPORT", theirCalendar, Bodies.sync(""), "Depth", "1"));
            for (int i = 0; i < 10; i++) {
                BenchEvents.Event e = events.get(i * 997);
                String changed = BenchEvents.text(e.uid(), Instant.parse("2027-03-10T10:00:00Z"), 1, "Changed " + i);
                ours.expect(204, "PUT", ourCalendar + e.href(), changed, "Content-Type", "text/calendar");
                int status = theirs.send("PUT", theirCalendar + e.href(), changed, "Content-Type", "text/calendar")
                        .statusCode();
                if (status != 201 && status != 204) {
                    throw new IllegalStateException("Radicale PUT answered " + status);
                }
            }
            List<Result> results = new ArrayList<>();
            results.add(compare(query, iterations,
                    () -> ours.expect(207, "REPORT", ourCalendar, query.body(), "Depth", "1"),
                    () -> theirs.expect(207, "REPORT", theirCalendar, query.body(), "Depth", "1")));
            results.add(compare(multiget, iterations,
                    () -> ours.expect(207, "REPORT", ourCalendar, Bodies.multiget(ourCalendar, hundred), "Depth", "1"),
                    () -> theirs.expect(207, "REPORT", theirCalendar, Bodies.multiget(theirCalendar, hundred),
                            "Depth", "1")));
            results.add(compare(sync, iterations,
                    () -> ours.expect(207, "REPORT", ourCalendar, Bodies.sync(ourToken), "Depth", "1"),
                    () -> theirs.expect(207, "REPORT", theirCalendar, Bodies.sync(theirToken), "Depth", "1")));
            System.out.println();
            System.out.println("| request | gateway p50 | gateway p95 | gateway req/s | Radicale p50 | Radicale p95 "
                    + "| Radicale req/s | throughput ratio | responses (gateway / Radicale) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            results.forEach(r -> System.out.println(r.row()));
        }
    }

    private static void load(DavHttp ours, String calendar, List<BenchEvents.Event> events) throws Exception {
        ours.expect(201, "MKCALENDAR", calendar, null);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> puts = new ArrayList<>();
            for (BenchEvents.Event e : events) {
                puts.add(pool.submit(() -> ours.expect(201, "PUT", calendar + e.href(), e.text(),
                        "Content-Type", "text/calendar", "If-None-Match", "*")));
            }
            for (Future<?> f : puts) {
                f.get();
            }
        }
    }

    private static String syncToken(HttpResponse<String> response) {
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No sync token in " + response.body());
        }
        return m.group(1);
    }

    record Scenario(String name, String body) {
    }

    record Result(String name, Stats ours, Stats theirs) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f | %.1f ms | %.1f ms | %.1f | %.1fx | %d / %d |",
                    name, ours.p50(), ours.p95(), ours.throughput(), theirs.p50(), theirs.p95(), theirs.throughput(),
                    ours.throughput() / theirs.throughput(), ours.responses(), theirs.responses());
        }
    }

    record Stats(double p50, double p95, double throughput, int responses) {
        static Stats of(double[] millis, int responses) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            double total = Arrays.stream(millis).sum();
            return new Stats(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                    sorted.length * 1000.0 / total, responses);
        }
    }

    private static Result compare(Scenario scenario, int iterations, Supplier<HttpResponse<String>> ours,
                                  Supplier<HttpResponse<String>> theirs) {
        Stats o = measure(ours, iterations);
        Stats t = measure(theirs, iterations);
        System.out.printf(Locale.ROOT, "%s: gateway p50 %.1f ms, Radicale p50 %.1f ms%n", scenario.name(), o.p50(),
                t.p50());
        return new Result(scenario.name(), o, t);
    }

    private static Stats measure(Supplier<HttpResponse<String>> request, int iterations) {
        int responses = countResponses(request.get().body());
        for (int i = 0; i < WARM_UP; i++) {
            request.get();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            request.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(millis, responses);
    }

    private static int countResponses(String body) {
        Matcher m = Pattern.compile("<(?:\\w+:)?response[ >]").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

}
