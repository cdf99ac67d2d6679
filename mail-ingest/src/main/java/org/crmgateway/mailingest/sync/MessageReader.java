package org.crmgateway.mailingest.sync;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.dropbox.Dropbox;
import org.crmgateway.mailingest.fetch.RawMessage;
import org.crmgateway.mailingest.parse.MailParser;
import org.crmgateway.mailingest.parse.ParseOutcome;
import org.crmgateway.mailingest.parse.ParsedMail;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw bytes of one message into a capture, or into a quarantine item with the bytes
 * and the reason. The same door for IMAP, archives and quarantine retries.
 */
public final class MessageReader {
    private final MailParser parser;
    private final Dropbox dropbox;
    private final int quarantineLimit;

    public MessageReader(MailParser parser, Dropbox dropbox, long maxMessageSize) {
        this.parser = parser;
        this.dropbox = dropbox;
        this.quarantineLimit = (int) Math.min(Integer.MAX_VALUE - 16, maxMessageSize);
    }

    /** What became of one message. */
    public sealed interface Read {
        /** Readable: log it. */
        record Captured(Capture capture) implements Read {
        }

        /** Unreadable: keep it for a person. */
        record Quarantined(QuarantineItem item) implements Read {
        }
    }

    /**
     * @param receivedAt  the server's arrival time, used when the message has no readable Date
     * @param bodySkipped the raw bytes are the header only: the message was over the size limit
     */
    public Read read(MailOrigin origin, RawMessage raw, @Nullable Instant receivedAt, boolean bodySkipped,
                     long fullSize) throws IOException {
        ParseOutcome outcome;
        try (InputStream in = raw.open()) {
            outcome = parser.parse(origin.tenant(), in, origin.visibility() == Visibility.EVERYTHING);
        }
        return switch (outcome) {
            case ParseOutcome.Rejected r -> new Read.Quarantined(new QuarantineItem(origin.tenant(), origin.source(),
                    r.reason(), r.detail(), raw.readAll(quarantineLimit)));
            case ParseOutcome.Parsed p -> new Read.Captured(capture(origin, p.mail(), receivedAt,
                    bodySkipped ? "message of %d MB is over the size limit; body not stored"
                            .formatted(Math.max(1, fullSize >> 20)) : null));
        };
    }

    private Capture capture(MailOrigin origin, ParsedMail parsed, @Nullable Instant receivedAt, @Nullable String note) {
        Dropbox.Attributed attributed = origin.dropbox()
                ? dropbox.attribute(origin.tenant(), parsed, origin.mailbox())
                : new Dropbox.Attributed(parsed, origin.owner());
        ParsedMail mail = attributed.mail();
        Instant occurred = mail.date() != null ? mail.date() : receivedAt != null ? receivedAt : Instant.now();
        CaptureBody body = mail.body();
        if (note != null) {
            body = new CaptureBody(body.text(), body.html(), body.snippet(), note);
        }
        var builder = Capture.email(origin.tenant(), origin.source(), mail.sourceKey(), occurred)
                .owner(attributed.owner())
                .participants(mail.participants())
                .thread(mail.thread())
                .traits(mail.traits())
                .calendarParts(mail.calendarParts())
                .visibility(origin.visibility());
        return switch (origin.visibility()) {
            case EVERYTHING -> builder.subject(mail.subject()).body(body).attachments(mail.attachments()).build();
            case SUBJECT_AND_METADATA -> builder.subject(mail.subject()).build();
            case METADATA_ONLY -> builder.build();
        };
    }
}
