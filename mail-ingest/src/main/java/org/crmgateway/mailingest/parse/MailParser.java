package org.crmgateway.mailingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.TenantId;

/**
 * Turns the raw bytes of one message into a {@link ParsedMail}, streaming: text parts are read
 * up to {@link #MAX_TEXT_BYTES}, attachments go straight into the {@link AttachmentStore}, so a
 * large message is never held in memory. Parses leniently (mime4j is tolerant by design) and
 * rejects only what no trustworthy capture can be built from. Not thread-safe per call, but
 * one instance serves any number of threads.
 */
public final class MailParser {
    /** Text and HTML parts beyond this are truncated, with a note. */
    static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;
    static final int MAX_NESTING = 40;
    private static final MimeConfig LIMITS = MimeConfig.custom()
            .setMaxHeaderCount(1000)
            .setMaxHeaderLen(256 * 1024)
            .setMaxLineLen(-1)
            .setMaxContentLen(-1)
            .build();

    private final AttachmentStore attachments;

    public MailParser(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /**
     * Parses one message.
     *
     * @param storeAttachments false when the account's visibility keeps no content
     * @throws IOException when reading the message or storing an attachment fails (not bad input)
     */
    public ParseOutcome parse(TenantId tenant, InputStream raw, boolean storeAttachments) throws IOException {
        List<String> warnings = new ArrayList<>();
        DecodeMonitor monitor = new DecodeMonitor() {
            @Override
            public boolean warn(String error, String dropDesc) {
                if (warnings.size() < 20) {
                    warnings.add(error);
                }
                return false;
            }

            @Override
            public boolean isListening() {
                return true;
            }
        };
        MessageHandler handler = new MessageHandler(tenant, attachments, storeAttachments, warnings);
        MimeStreamParser parser = new MimeStreamParser(LIMITS, monitor, null);
        parser.setContentDecoding(true);
        parser.setRecurse();
        parser.setContentHandler(handler);
        try {
            parser.parse(raw);
        } catch (MimeIOException e) {
            return limit(e.getCause());
        } catch (MimeException e) {
            return limit(e);
        } catch (NestingTooDeep e) {
            return new ParseOutcome.Rejected(QuarantineReason.LIMIT_EXCEEDED,
                    "MIME parts nested deeper than " + MAX_NESTING + " levels");
        } catch (RuntimeException e) {
            return new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE,
                    "the MIME structure could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return handler.result();
    }

    private static ParseOutcome limit(Throwable e) {
        String what = e == null || e.getMessage() == null ? "malformed MIME structure" : e.getMessage();
        return new ParseOutcome.Rejected(QuarantineReason.LIMIT_EXCEEDED, "the message exceeds a parser limit: " + what);
    }

    /** Thrown by the handler to stop at absurd nesting before the stack does. */
    static final class NestingTooDeep extends RuntimeException {
        NestingTooDeep() {
            super(null, null, false, false);
        }
    }
}
