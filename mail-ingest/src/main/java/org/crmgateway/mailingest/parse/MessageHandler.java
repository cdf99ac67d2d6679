package org.crmgateway.mailingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.TenantId;

/**
 * Receives mime4j's push events for one message and its forwarded messages, and hands each leaf
 * part to the {@link MessageBuilder} of the message it belongs to.
 */
final class MessageHandler extends AbstractContentHandler {
    private final TenantId tenant;
    private final AttachmentStore store;
    private final boolean storeAttachments;
    private final List<String> warnings;
    private final Deque<MessageBuilder> messages = new ArrayDeque<>();
    private List<Field> fields = new ArrayList<>();
    private boolean messageHeaderNext;
    private int nesting;
    private ParseOutcome result = new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE, "empty input");

    MessageHandler(TenantId tenant, AttachmentStore store, boolean storeAttachments, List<String> warnings) {
        this.tenant = tenant;
        this.store = store;
        this.storeAttachments = storeAttachments;
        this.warnings = warnings;
    }

    ParseOutcome result() {
        return result;
    }

    @Override
    public void startMessage() {
        deeper();
        messages.push(new MessageBuilder(warnings));
        messageHeaderNext = true;
    }

    @Override
    public void endMessage() {
        nesting--;
        MessageBuilder done = messages.pop();
        ParseOutcome outcome = done.build();
        if (messages.isEmpty()) {
            result = outcome;
        } else if (outcome instanceof ParseOutcome.Parsed p) {
            messages.peek().forwarded(p.mail());
        } else if (outcome instanceof ParseOutcome.Rejected r) {
            warnings.add("a forwarded message could not be read: " + r.detail());
        }
    }

    @Override
    public void startHeader() {
        fields = new ArrayList<>();
    }

    @Override
    public void field(Field field) {
        fields.add(field);
    }

    @Override
    public void endHeader() {
        if (messageHeaderNext) {
            messages.element().headers(fields);
            messageHeaderNext = false;
        }
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        deeper();
    }

    @Override
    public void endMultipart() {
        nesting--;
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        MessageBuilder current = messages.element();
        MimePart part = MimePart.of(fields, bd.getMimeType(), current.nextPartIndex());
        if (part.isBodyText()) {
            current.text(part, is);
        } else if (part.mimeType().equals("text/calendar")) {
            current.calendar(part, is);
        } else if (storeAttachments) {
            current.attachment(part, store.store(tenant, is));
        } else {
            is.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void deeper() {
        if (++nesting > MailParser.MAX_NESTING) {
            throw new MailParser.NestingTooDeep();
        }
    }
}
