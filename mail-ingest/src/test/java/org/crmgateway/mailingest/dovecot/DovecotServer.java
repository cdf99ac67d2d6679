package org.crmgateway.mailingest.dovecot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A real Dovecot (Debian {@code dovecot-imapd}) on a free loopback port, configured in a temporary
 * folder: plaintext login from a passwd file, Maildir, a {@code Sent} folder with SPECIAL-USE
 * {@code \Sent}. Missing binary: the test is skipped, unless {@code CRM_REQUIRE_PEERS=true}.
 */
public final class DovecotServer implements AutoCloseable {
    public static final String PASSWORD = "secret";

    private final Path dir;
    private final Path config;
    private final int port;

    private DovecotServer(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    public static DovecotServer start(String sentFolderName, String... users) throws Exception {
        return startWith("", sentFolderName, users);
    }

    /**
     * Starts with SASL XOAUTH2 and OAUTHBEARER besides plain logins: Dovecot checks each token by
     * asking {@code userinfoUrl} with it as a bearer token, and takes the user from {@code email}.
     */
    public static DovecotServer startWithOAuth(String userinfoUrl, String sentFolderName, String... users)
            throws Exception {
        Path settings = Files.createTempFile("dovecot-oauth2-", ".conf.ext");
        settings.toFile().deleteOnExit();
        Files.writeString(settings, """
                introspection_mode = auth
                introspection_url = %s
                username_attribute = email
                """.formatted(userinfoUrl));
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        return startWith("""
                auth_mechanisms = plain login xoauth2 oauthbearer
                passdb {
                  driver = oauth2
                  mechanisms = xoauth2 oauthbearer
                  args = %s
                }
                """.formatted(settings), sentFolderName, users);
    }

    /** Starts with extra settings appended to the configuration, such as {@code imap_idle_notify_interval = 1 secs}. */
    public static DovecotServer startWith(String settings, String sentFolderName, String... users) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/sbin/dovecot")) && Files.isExecutable(Path.of("/usr/bin/doveadm"));
        if (!present && "true".equals(System.getenv("CRM_REQUIRE_PEERS"))) {
            throw new IllegalStateException("dovecot is missing: install the Debian package dovecot-imapd");
        }
        assumeTrue(present, "dovecot is missing: install the Debian package dovecot-imapd");
        Path dir = Files.createTempDirectory("dovecot-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rwxrwxrwx"));
        StringBuilder passwd = new StringBuilder();
        for (String u : users) {
            passwd.append(u).append(":{PLAIN}").append(PASSWORD).append('\n');
        }
        Files.writeString(dir.resolve("passwd"), passwd.toString());
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String conf = """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                first_valid_uid = 65534
                mail_location = maildir:%1$s/mail/%%u/Maildir
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
                  mailbox "%3$s" {
                    special_use = \\Sent
                    auto = subscribe
                  }
                }
                %4$s
                """.formatted(dir, port, sentFolderName, settings);
        Path config = dir.resolve("dovecot.conf");
        Files.writeString(config, conf);
        // the daemon keeps inherited pipes open, so its output goes to a file
        Process master = new ProcessBuilder("/usr/sbin/dovecot", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("start.log").toFile()).start();
        if (!master.waitFor(30, TimeUnit.SECONDS) || master.exitValue() != 0) {
            throw new IllegalStateException("dovecot did not start: " + Files.readString(dir.resolve("start.log")));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return new DovecotServer(dir, config, port);
    }

    public int port() {
        return port;
    }

    /** Delivers a message the way a local delivery agent would. */
    public void deliver(String user, String folder, String message) throws Exception {
        run(List.of("/usr/bin/doveadm", "-c", config.toString(), "save", "-u", user, "-m", folder),
                message.getBytes(StandardCharsets.UTF_8));
    }

    /** Gives a folder a new UIDVALIDITY, as a server restore or migration does. */
    public void changeUidValidity(String user, String folder, long uidValidity) throws Exception {
        run(List.of("/usr/bin/doveadm", "-c", config.toString(), "mailbox", "update", "-u", user, "--uid-validity",
                Long.toString(uidValidity), folder), null);
    }

    /** Ends every IMAP session of a user, as an administrator or a server restart would. */
    public void kick(String user) throws Exception {
        run(List.of("/usr/bin/doveadm", "-c", config.toString(), "kick", user), null);
    }

    /**
     * Stops the user's IMAP processes (SIGSTOP) without closing their connections, the way a hung
     * server or a connection that a NAT or firewall dropped looks to the client: nothing answers.
     */
    public void freeze(String user) throws Exception {
        signal(user, "-STOP");
    }

    /** Lets processes stopped by {@link #freeze} go on. */
    public void thaw(String user) throws Exception {
        signal(user, "-CONT");
    }

    /**
     * Whether one of the user's IMAP processes is in IDLE, as its process title says; needs
     * {@code verbose_proctitle = yes} among the settings.
     */
    public boolean idling(String user) throws Exception {
        for (String pid : imapProcesses(user)) {
            Path cmdline = Path.of("/proc", pid, "cmdline");
            if (Files.exists(cmdline) && Files.readString(cmdline).contains(" IDLE]")) {
                return true;
            }
        }
        return false;
    }

    /** How many IMAP connections the user has open, one process each. */
    public int connections(String user) throws Exception {
        return imapProcesses(user).size();
    }

    private void signal(String user, String signal) throws Exception {
        List<String> kill = new ArrayList<>(List.of("/bin/kill", signal));
        kill.addAll(imapProcesses(user));
        run(kill, null);
    }

    private List<String> imapProcesses(String user) throws Exception {
        String who = run(List.of("/usr/bin/doveadm", "-c", config.toString(), "who", "-1", user), null);
        List<String> pids = new ArrayList<>();
        for (String line : who.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[0].equals(user) && columns[2].matches("\\d+")) {
                pids.add(columns[2]);
            }
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException("no IMAP process of " + user + ": " + who);
        }
        return pids;
    }

    /** Every message's UID, flags and file content, to compare before and after a sync. */
    public List<String> snapshot(String user) throws Exception {
        String out = run(List.of("/usr/bin/doveadm", "-c", config.toString(), "fetch", "-u", user,
                "mailbox uid flags text", "all"), null);
        return List.of(out.split("\n"));
    }

    private static String run(List<String> command, byte[] stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        Path pid = dir.resolve("run/master.pid");
        if (Files.exists(pid)) {
            long id = Long.parseLong(Files.readString(pid).strip());
            ProcessHandle.of(id).ifPresent(h -> {
                h.destroy();
                h.onExit().join();
            });
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
