package org.crmgateway.mailingest.fetch;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.iap.ResponseHandler;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.jspecify.annotations.Nullable;

/**
 * A folder opened with EXAMINE. Fetches with {@code UID FETCH ... BODY.PEEK[]}: small messages
 * many per command, large ones in 1 MB slices into a temporary file, over-size ones header only.
 * Each reader has its own IMAP connection (an open Angus {@code IMAPFolder} holds one), so the
 * readers of one inbox can IDLE at the same time, each on its own thread.
 */
public final class ImapFolderReader implements AutoCloseable {
    private static final int SLICE = 1024 * 1024;
    private static final long BATCH_MEMORY = 32L * 1024 * 1024;
    private static final DateTimeFormatter IMAP_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

    private final IMAPFolder folder;
    private final ImapEndpoint endpoint;
    private final AtomicBoolean newMail = new AtomicBoolean();
    private final ResponseHandler newMailListener = this::onResponse;
    private boolean listening;
    private volatile long lastHeard = System.nanoTime();

    ImapFolderReader(IMAPFolder folder, ImapEndpoint endpoint) {
        this.folder = folder;
        this.endpoint = endpoint;
    }

    public FolderState state() throws MailFetchException {
        try {
            return new FolderState(folder.getFullName(), folder.getUIDValidity(), folder.getUIDNext(),
                    folder.getMessageCount());
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    /** UIDs above {@code lastUid}, ascending; with {@code since}, only those received on or after that day. */
    public long[] uidsAfter(long lastUid, @Nullable Instant since) throws MailFetchException {
        String criteria = "UID " + (lastUid + 1) + ":*"
                + (since == null ? "" : " SINCE " + IMAP_DATE.format(LocalDate.ofInstant(since, ZoneOffset.UTC)));
        List<Long> uids = new ArrayList<>();
        command("UID SEARCH " + criteria, r -> {
            if (r instanceof IMAPResponse ir && ir.keyEquals("SEARCH")) {
                long n;
                while ((n = ir.readLong()) != -1) {
                    if (n > lastUid) {
                        uids.add(n);
                    }
                }
            }
        });
        return uids.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * Fetches the given UIDs in ascending order. Messages over {@code maxSize} are read header
     * only; messages over {@code memoryLimit} are streamed into a temporary file.
     */
    public List<FetchedMail> fetch(long[] uids, long maxSize, long memoryLimit) throws MailFetchException {
        List<long[]> meta = new ArrayList<>();
        command("UID FETCH " + set(uids) + " (UID RFC822.SIZE)", r -> {
            if (r instanceof FetchResponse f && f.getItem(UID.class) != null && f.getItem(RFC822SIZE.class) != null) {
                meta.add(new long[] {f.getItem(UID.class).uid, f.getItem(RFC822SIZE.class).size});
            }
        });
        // small messages in one command, up to BATCH_MEMORY in all; the rest go through temporary files
        List<Long> inMemory = new ArrayList<>();
        long inMemoryBytes = 0;
        for (long[] m : meta) {
            if (m[1] <= memoryLimit && inMemoryBytes + m[1] <= BATCH_MEMORY) {
                inMemory.add(m[0]);
                inMemoryBytes += m[1];
            }
        }
        List<FetchedMail> out = new ArrayList<>(meta.size());
        try {
            if (!inMemory.isEmpty()) {
                fetchWhole(inMemory, out);
            }
            for (long[] m : meta) {
                if (m[1] > maxSize) {
                    out.add(headerOnly(m[0], m[1]));
                } else if (!inMemory.contains(m[0])) {
                    out.add(streamed(m[0], m[1]));
                }
            }
        } catch (MailFetchException | RuntimeException e) {
            // the large messages fetched before the failure go, with their temporary files
            out.forEach(FetchedMail::close);
            throw e;
        }
        out.sort((a, b) -> Long.compare(a.uid(), b.uid()));
        return out;
    }

    private void fetchWhole(List<Long> uids, List<FetchedMail> out) throws MailFetchException {
        command("UID FETCH " + set(uids.stream().mapToLong(Long::longValue).toArray())
                + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])", r -> {
            if (r instanceof FetchResponse f && f.getItem(BODY.class) != null && f.getItem(UID.class) != null) {
                // the response's own buffer, kept rather than copied
                var body = f.getItem(BODY.class).getByteArray();
                byte[] bytes = body == null ? new byte[0] : body.getBytes();
                int start = body == null ? 0 : body.getStart();
                int count = body == null ? 0 : body.getCount();
                out.add(new FetchedMail(f.getItem(UID.class).uid, count, date(f), RawMessage.of(bytes, start, count),
                        false));
            }
        });
    }

    private FetchedMail headerOnly(long uid, long size) throws MailFetchException {
        byte[][] header = new byte[1][];
        Instant[] date = new Instant[1];
        command("UID FETCH " + uid + " (UID INTERNALDATE BODY.PEEK[HEADER])", r -> {
            if (r instanceof FetchResponse f && f.getItem(BODY.class) != null) {
                header[0] = f.getItem(BODY.class).getByteArrayInputStream().readAllBytes();
                date[0] = date(f);
            }
        });
        return new FetchedMail(uid, size, date[0], RawMessage.of(header[0] == null ? new byte[0] : header[0]), true);
    }

    private FetchedMail streamed(long uid, long size) throws MailFetchException {
        Path file = null;
        try {
            file = Files.createTempFile("crm-mail-", ".eml");
            Instant[] date = new Instant[1];
            try (OutputStream out = Files.newOutputStream(file)) {
                long offset = 0;
                while (offset < size) {
                    long[] got = {0};
                    command("UID FETCH " + uid + " (UID INTERNALDATE BODY.PEEK[]<" + offset + "." + SLICE + ">)", r -> {
                        if (r instanceof FetchResponse f && f.getItem(BODY.class) != null) {
                            var bytes = f.getItem(BODY.class).getByteArray();
                            if (bytes != null) {
                                out.write(bytes.getBytes(), bytes.getStart(), bytes.getCount());
                                got[0] = bytes.getCount();
                            }
                            if (date[0] == null) {
                                date[0] = date(f);
                            }
                        }
                    });
                    if (got[0] == 0) {
                        break;
                    }
                    offset += got[0];
                }
            }
            FetchedMail fetched = new FetchedMail(uid, size, date[0], RawMessage.ofTemporaryFile(file), false);
            file = null;
            return fetched;
        } catch (IOException e) {
            throw new MailFetchException("cannot write a temporary file for a large message", e, false);
        } finally {
            if (file != null) {
                // the connection failed half-way through the message
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left to the system's clean-up of its temporary folder
        }
    }

    private static @Nullable Instant date(FetchResponse f) {
        INTERNALDATE d = f.getItem(INTERNALDATE.class);
        return d == null || d.getDate() == null ? null : d.getDate().toInstant();
    }

    /**
     * Waits in IMAP IDLE (RFC 2177) until the server reports the folder's message count
     * ({@code EXISTS}), and returns true; returns false when the IDLE ended without one: a
     * server's keep-alive (Dovecot sends {@code * OK Still here} every 2 minutes), an expunge, or
     * {@link #wakeUp()} from another thread. A count reported since the last call, for instance
     * while the folder was being synced, returns true at once.
     */
    public boolean idle() throws MailFetchException {
        try {
            if (!listening) {
                folder.doCommand(p -> {
                    p.addResponseHandler(newMailListener);
                    return null;
                });
                listening = true;
            }
            if (!newMail.getAndSet(false)) {
                folder.idle(true);
            }
            return newMail.getAndSet(false);
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    /** Any EXISTS, also one repeating the count, counts as news: one sync pass too many is cheap, one too few is not. */
    private void onResponse(Response r) {
        lastHeard = System.nanoTime();
        if (r instanceof IMAPResponse ir && ir.keyEquals("EXISTS")) {
            newMail.set(true);
        }
    }

    /** How long the server has sent nothing on this folder's connection, as far as {@link #idle()} has listened. */
    public Duration quietFor() {
        return Duration.ofNanos(System.nanoTime() - lastHeard);
    }

    /**
     * Ends a running {@link #idle()} with a NOOP to learn whether the server still answers; the
     * caller asks because the connection has been silent for long.
     *
     * @throws MailFetchException "stopped answering" when no answer came within the read timeout
     */
    public void askForSignOfLife() throws MailFetchException {
        try {
            noop();
        } catch (MessagingException e) {
            // however Angus words it (a timeout, or the connection it closed after one), nothing answered
            throw new MailFetchException("%s stopped answering: no answer in time".formatted(endpoint.address()), e,
                    false);
        }
    }

    /** Ends a running {@link #idle()} by sending a NOOP, which makes Angus send DONE first. */
    public void wakeUp() throws MailFetchException {
        try {
            noop();
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    private void noop() throws MessagingException {
        folder.doCommand(p -> {
            p.simpleCommand("NOOP", null);
            return null;
        });
    }

    @Override
    public void close() {
        if (!folder.isOpen()) {
            return;
        }
        try {
            if (listening) {
                // the connection may go back to Angus's pool and serve another folder
                folder.doCommand(p -> {
                    p.removeResponseHandler(newMailListener);
                    return null;
                });
            }
        } catch (MessagingException e) {
            // a broken connection is closed below and serves nobody again
        }
        try {
            folder.close(false);
        } catch (MessagingException e) {
            // closing a read-only folder expunges nothing; a failure leaves nothing behind
        }
    }

    private void command(String command, ResponseConsumer consumer) throws MailFetchException {
        try {
            folder.doCommand(p -> {
                run(p, command, consumer);
                return null;
            });
        } catch (MessagingException e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            if (cause instanceof IOException io) {
                throw new MailFetchException("cannot store a fetched message: " + io.getMessage(), io, false);
            }
            throw ImapErrors.describe(e, endpoint);
        }
    }

    private static void run(IMAPProtocol p, String command, ResponseConsumer consumer) throws ProtocolException {
        Response[] responses = p.command(command, null);
        List<Response> others = new ArrayList<>();
        try {
            for (int i = 0; i < responses.length - 1; i++) {
                Response r = responses[i];
                if (r instanceof FetchResponse || (r instanceof IMAPResponse ir && ir.keyEquals("SEARCH"))) {
                    consumer.accept(r);
                    responses[i] = null;
                } else {
                    others.add(r);
                }
            }
        } catch (IOException e) {
            throw new ProtocolException("writing a fetched message failed", e);
        }
        p.notifyResponseHandlers(others.toArray(Response[]::new));
        p.handleResult(responses[responses.length - 1]);
    }

    private static String set(long[] uids) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < uids.length) {
            int j = i;
            while (j + 1 < uids.length && uids[j + 1] == uids[j] + 1) {
                j++;
            }
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(uids[i]);
            if (j > i) {
                b.append(':').append(uids[j]);
            }
            i = j + 1;
        }
        return b.toString();
    }

    @FunctionalInterface
    private interface ResponseConsumer {
        void accept(Response r) throws IOException;
    }
}
