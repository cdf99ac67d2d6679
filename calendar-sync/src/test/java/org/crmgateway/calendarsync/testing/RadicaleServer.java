package org.crmgateway.calendarsync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A real Radicale (Debian package {@code radicale}) on a free loopback port with its own config,
 * htpasswd and storage in a temporary directory; user {@value #USER} with password
 * {@value #PASSWORD}. Verb helpers create calendars and write events as a calendar client would.
 */
public final class RadicaleServer implements AutoCloseable {
    public static final String USER = "alice";
    public static final String PASSWORD = "secret";

    private final Path dir;
    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RadicaleServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Whether the radicale binary is on this machine. */
    public static boolean installed() {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "radicale")));
    }

    /** Whether tests must fail rather than be skipped when a peer binary is missing (CI). */
    public static boolean peersRequired() {
        return "true".equalsIgnoreCase(System.getenv("CRM_REQUIRE_PEERS"));
    }

    public static RadicaleServer start() {
        try {
            Path dir = Files.createTempDirectory("radicale-");
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
            Path config = dir.resolve("config");
            Files.writeString(config, """
                    [server]
                    hosts = 127.0.0.1:%d
                    [auth]
                    type = htpasswd
                    htpasswd_filename = %s
                    htpasswd_encryption = plain
                    delay = 0
                    [rights]
                    type = owner_only
                    [storage]
                    filesystem_folder = %s
                    [web]
                    type = none
                    [logging]
                    level = warning
                    """.formatted(port, dir.resolve("users"), dir.resolve("collections")));
            Process process = new ProcessBuilder("radicale", "--config", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("radicale.log").toFile()).start();
            RadicaleServer server = new RadicaleServer(dir, process, port);
            Awaitility.await("radicale on port " + port).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100)).until(() -> server.answers() || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("radicale did not start: " + Files.readString(dir.resolve("radicale.log")));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answers() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server root, as a user would type it. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Creates {@code /alice/NAME/} as a calendar for events. */
    public URI mkcalendar(String name) {
        URI url = root().resolve("/" + USER + "/" + name + "/");
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
                <D:displayname>%s</D:displayname>
                <C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>
                </D:prop></D:set></C:mkcalendar>""".formatted(name);
        expect(send(url, "MKCALENDAR", body, "application/xml"), 201);
        return url;
    }

    /** Creates a collection for tasks only, which discovery must skip. */
    public URI mkTaskList(String name) {
        URI url = root().resolve("/" + USER + "/" + name + "/");
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
                <C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set>
                </D:prop></D:set></C:mkcalendar>""";
        expect(send(url, "MKCALENDAR", body, "application/xml"), 201);
        return url;
    }

    /** Writes (creates or replaces) {@code NAME} in the calendar. */
    public void put(URI calendar, String name, String ics) {
        HttpResponse<String> r = send(calendar.resolve(name), "PUT", ics, "text/calendar; charset=utf-8");
        if (r.statusCode() != 201 && r.statusCode() != 204) {
            throw new IllegalStateException("PUT " + name + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    public void delete(URI calendar, String name) {
        expect(send(calendar.resolve(name), "DELETE", "", "text/plain"), 200);
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode());
        }
    }

    private HttpResponse<String> send(URI url, String method, String body, String type) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedKeptAliveConnection) {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes objects straight into the storage of a calendar made with {@link #mkcalendar}, as
     * Radicale itself keeps them (one .ics file per object): seeding thousands of events this way
     * takes seconds instead of one PUT each.
     */
    public void seed(String calendar, java.util.Map<String, String> objects) {
        Path folder = dir.resolve("collections/collection-root").resolve(USER).resolve(calendar);
        try {
            for (java.util.Map.Entry<String, String> o : objects.entrySet()) {
                Files.writeString(folder.resolve(o.getKey()), o.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes Radicale forget every sync-token it handed out, as after a server-side cleanup. */
    public void forgetSyncTokens() {
        try (Stream<Path> files = Files.walk(dir.resolve("collections"))) {
            files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("sync-token"))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
