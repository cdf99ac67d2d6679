package org.crmgateway.bench.caldav;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Radicale (Debian package radicale) on a free loopback port, its storage filled directly on disk. */
final class RadicaleServer implements AutoCloseable {
    private final Process process;
    final int port;

    private RadicaleServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Radicale with one user whose calendar {@code slug} holds the events. */
    static RadicaleServer start(Path dir, String user, String password, String slug, List<BenchEvents.Event> events)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path storage = dir.resolve("storage");
        Path calendar = storage.resolve("collection-root").resolve(user).resolve(slug);
        Files.createDirectories(calendar);
        Files.writeString(calendar.resolve(".Radicale.props"), "{\"tag\": \"VCALENDAR\"}");
        for (BenchEvents.Event e : events) {
            Files.writeString(calendar.resolve(e.href()), e.text());
        }
        Files.writeString(dir.resolve("users"), user + ":" + password + "\n");
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
                """.formatted(port, dir.resolve("users"), storage));
        Process process = new ProcessBuilder("radicale", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("radicale.log").toFile()).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new RadicaleServer(process, port);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Radicale exited: " + Files.readString(dir.resolve("radicale.log")));
                }
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("Radicale did not start");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
