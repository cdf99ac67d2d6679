package org.crmgateway.mailingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.crmgateway.crm.CaptureAttachment;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.StoredContent;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;

/** Collects the headers and parts of one message (top-level or forwarded) into a {@link ParsedMail}. */
final class MessageBuilder {
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> KNOWN =
            List.of("from", "to", "subject", "date", "message-id", "received", "sender", "mime-version");
    private static final Pattern MSG_ID = Pattern.compile("<([^<>\\s]{1,900})>");

    private final List<String> warnings;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<Field> fields = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private @Nullable String html;
    private final List<CaptureAttachment> attachments = new ArrayList<>();
    private final List<String> calendarParts = new ArrayList<>();
    private final List<ParsedMail> forwarded = new ArrayList<>();
    private @Nullable String note;
    private int parts;

    MessageBuilder(List<String> warnings) {
        this.warnings = warnings;
    }

    int nextPartIndex() {
        return ++parts;
    }

    void headers(List<Field> messageFields) {
        fields.addAll(messageFields);
        for (Field f : messageFields) {
            headers.computeIfAbsent(HeaderText.name(f), k -> new ArrayList<>()).add(HeaderText.raw(f));
        }
    }

    void text(MimePart part, InputStream in) throws IOException {
        String content = read(part, in);
        if (part.mimeType().equals("text/html")) {
            if (html == null) {
                html = content;
            }
        } else {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(content);
        }
    }

    void calendar(MimePart part, InputStream in) throws IOException {
        calendarParts.add(read(part, in));
    }

    void attachment(MimePart part, StoredContent content) {
        attachments.add(new CaptureAttachment(part.fileNameOrDefault(), part.mimeType(), content.size(),
                content.sha256(), part.contentId(), part.isInline()));
    }

    void forwarded(ParsedMail mail) {
        forwarded.add(mail);
        attachments.addAll(mail.attachments());
    }

    private String read(MimePart part, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MailParser.MAX_TEXT_BYTES);
        if (in.read() >= 0) {
            in.transferTo(OutputStream.nullOutputStream());
            note = "text over %d MB, truncated".formatted(MailParser.MAX_TEXT_BYTES / (1024 * 1024));
        }
        return Charsets.decode(bytes, Charsets.forLabelOrGuess(part.charset(), bytes));
    }

    ParseOutcome build() {
        if (KNOWN.stream().noneMatch(headers::containsKey)) {
            return new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE, "no mail header fields found");
        }
        List<CaptureParticipant> participants = new ArrayList<>();
        addresses("from", ParticipantRole.FROM, participants);
        if (participants.isEmpty()) {
            addresses("sender", ParticipantRole.FROM, participants);
        }
        if (participants.isEmpty()) {
            String from = first("from");
            return new ParseOutcome.Rejected(QuarantineReason.MISSING_REQUIRED_FIELD,
                    from == null ? "no From header" : "no readable sender address in From");
        }
        addresses("to", ParticipantRole.TO, participants);
        addresses("cc", ParticipantRole.CC, participants);
        addresses("bcc", ParticipantRole.BCC, participants);

        String subjectRaw = first("subject");
        String subject = subjectRaw == null ? null : clean(EncodedWords.decode(subjectRaw));
        String plain = text.isEmpty() ? null : text.toString();
        for (ParsedMail f : forwarded) {
            plain = (plain == null ? "" : plain + "\n\n") + forwardedBlock(f);
        }
        if (plain == null && html != null) {
            plain = HtmlText.of(html);
        }
        String messageId = firstId(first("message-id"));
        String sourceKey = messageId != null ? SourceKeys.ofMessageId(messageId) : SourceKeys.ofStableContent(
                nz(first("date")), nz(first("from")), nz(first("to")), nz(subjectRaw),
                (nz(plain) + nz(html)).getBytes(StandardCharsets.UTF_8));
        ThreadKeys thread = new ThreadKeys(messageId, firstId(first("in-reply-to")), allIds(first("references")));
        String snippetSource = text.isEmpty() ? plain : text.toString();
        CaptureBody body = new CaptureBody(plain, html, Snippets.of(snippetSource), note);
        return new ParseOutcome.Parsed(new ParsedMail(sourceKey, date(), participants, subject, body, attachments,
                calendarParts, thread, BulkEvidence.of(headers, subject), forwarded, warnings));
    }

    private static String forwardedBlock(ParsedMail f) {
        StringBuilder b = new StringBuilder("---------- Forwarded message ----------\n");
        f.withRole(ParticipantRole.FROM).forEach(p -> b.append("From: ").append(p.address()).append('\n'));
        if (f.subject() != null) {
            b.append("Subject: ").append(f.subject()).append('\n');
        }
        b.append('\n');
        if (f.body().text() != null) {
            b.append(f.body().text());
        }
        return b.toString();
    }

    private @Nullable Instant date() {
        for (Field f : fields) {
            if (HeaderText.name(f).equals("date")) {
                try {
                    var parsed = DateTimeFieldLenientImpl.PARSER.parse(f, DecodeMonitor.SILENT);
                    if (parsed.getDate() != null) {
                        return parsed.getDate().toInstant();
                    }
                } catch (RuntimeException e) {
                    warnings.add("unreadable Date header");
                }
            }
        }
        warnings.add("no readable Date header");
        return null;
    }

    private void addresses(String header, ParticipantRole role, List<CaptureParticipant> into) {
        List<String> values = headers.get(header);
        if (values == null) {
            return;
        }
        for (String value : values) {
            MailboxList list = LenientAddressParser.DEFAULT.parseAddressList(asciiOnly(value)).flatten();
            for (Mailbox m : list) {
                EmailAddress address = EmailAddress.parseOrNull(m.getAddress());
                if (address == null) {
                    warnings.add("unreadable address in " + header);
                    continue;
                }
                String name = m.getName() == null ? null : clean(EncodedWords.decode(m.getName()));
                into.add(new CaptureParticipant(address, name == null || name.isEmpty() ? null : name, role, null));
            }
        }
    }

    /**
     * mime4j's address parser works on bytes as ASCII; runs of other characters (RFC 6532 raw
     * UTF-8 names) become encoded words first and are decoded again with the name.
     */
    private static String asciiOnly(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int j = i;
            while (j < value.length() && value.charAt(j) >= 0x80) {
                j++;
            }
            if (j > i) {
                byte[] run = value.substring(i, j).getBytes(StandardCharsets.UTF_8);
                out.append("=?UTF-8?B?").append(java.util.Base64.getEncoder().encodeToString(run)).append("?=");
                i = j;
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }

    private @Nullable String first(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }

    private static @Nullable String firstId(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MSG_ID.matcher(value);
        return m.find() ? m.group(1) : ThreadKeys.normalise(value.split("\\s+")[0]);
    }

    private static List<String> allIds(@Nullable String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MSG_ID.matcher(value);
            while (m.find() && ids.size() < 100) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static String clean(String s) {
        return SPACES.matcher(CONTROLS.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
