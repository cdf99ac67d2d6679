package org.crmgateway.bench.mail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Dovecot on a free loopback port in a temporary folder, tuned for many connections. */
final class LocalDovecot implements AutoCloseable {
    static final String PASSWORD = "secret";

    final Path dir;
    final Path config;
    final int port;

    private LocalDovecot(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    static LocalDovecot start(List<String> users) throws Exception {
        Path dir = Files.createTempDirectory("bench-dovecot-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(Files.createDirectories(dir.resolve("mail")),
                PosixFilePermissions.fromString("rwxrwxrwx"));
        StringBuilder passwd = new StringBuilder();
        users.forEach(u -> passwd.append(u).append(":{PLAIN}").append(PASSWORD).append('\n'));
        Files.writeString(dir.resolve("passwd"), passwd);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("dovecot.conf");
        Files.writeString(config, """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                first_valid_uid = 65534
                mail_location = maildir:%1$s/mail/%%u/Maildir
                mail_max_userip_connections = 20
                default_process_limit = 5000
                default_client_limit = 10000
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=65534 gid=65534 home=%1$s/mail/%%u
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                  service_count = 0
                  process_min_avail = 2
                  client_limit = 5000
                }
                service imap {
                  process_limit = 5000
                }
                service anvil {
                  chroot =
                }
                service imap-login {
                  chroot =
                }
                namespace inbox {
                  inbox = yes
                  separator = /
                  mailbox Sent {
                    special_use = \\Sent
                    auto = subscribe
                  }
                }
                """.formatted(dir, port));
        Process master = new ProcessBuilder("/usr/sbin/dovecot", "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("start.log").toFile()).start();
        if (!master.waitFor(30, TimeUnit.SECONDS) || master.exitValue() != 0) {
            throw new IllegalStateException("dovecot did not start: " + Files.readString(dir.resolve("start.log")));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
        return new LocalDovecot(dir, config, port);
    }

    /** The Maildir {@code cur} folder of a user's INBOX, created with permissions Dovecot can write. */
    Path inboxCur(String user) throws IOException {
        Path maildir = dir.resolve("mail").resolve(user).resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("mail").resolve(user))) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
        }
        return maildir.resolve("cur");
    }

    String doveadm(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/doveadm", "-c", config.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + ": " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    void save(String user, byte[] message) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/doveadm", "-c", config.toString(), "save", "-u", user, "-m", "INBOX")
                .redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(message);
        }
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("doveadm save failed");
        }
    }

    @Override
    public void close() throws Exception {
        Path pid = dir.resolve("run/master.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(h -> {
                h.destroy();
                h.onExit().join();
            });
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
