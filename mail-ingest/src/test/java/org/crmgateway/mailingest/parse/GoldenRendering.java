package org.crmgateway.mailingest.parse;

import org.crmgateway.crm.CaptureAttachment;
import org.crmgateway.crm.CaptureParticipant;

/** Renders a parse outcome as stable text for the golden files. */
final class GoldenRendering {
    private GoldenRendering() {
    }

    static String of(ParseOutcome outcome) {
        StringBuilder b = new StringBuilder();
        switch (outcome) {
            case ParseOutcome.Rejected r -> b.append("rejected: ").append(r.reason()).append(": ").append(r.detail())
                    .append('\n');
            case ParseOutcome.Parsed p -> render(p.mail(), b, "");
        }
        return b.toString();
    }

    private static void render(ParsedMail m, StringBuilder b, String indent) {
        line(b, indent, "source-key", m.sourceKey());
        line(b, indent, "date", m.date());
        for (CaptureParticipant p : m.participants()) {
            line(b, indent, p.role().name().toLowerCase(), (p.displayName() == null ? "" : p.displayName() + " ")
                    + "<" + p.address() + ">");
        }
        line(b, indent, "subject", m.subject());
        line(b, indent, "message-id", m.thread().messageId());
        line(b, indent, "in-reply-to", m.thread().inReplyTo());
        line(b, indent, "references", m.thread().references());
        line(b, indent, "bulk", m.traits().bulkEvidence());
        for (CaptureAttachment a : m.attachments()) {
            line(b, indent, "attachment", a.fileName() + " | " + a.mediaType() + " | " + a.size() + " bytes"
                    + (a.inline() ? " | inline" : "") + (a.contentId() == null ? "" : " | cid " + a.contentId()));
        }
        for (String c : m.calendarParts()) {
            line(b, indent, "calendar-part", c.lines().filter(l -> l.startsWith("UID:")).findFirst().orElse("?"));
        }
        line(b, indent, "snippet", m.body().snippet());
        line(b, indent, "note", m.body().note());
        line(b, indent, "html", m.body().html() == null ? null : m.body().html().length() + " chars");
        b.append(indent).append("text:\n");
        if (m.body().text() != null) {
            m.body().text().lines().forEach(l -> b.append(indent).append("  | ").append(l).append('\n'));
        }
        for (ParsedMail f : m.forwarded()) {
            b.append(indent).append("forwarded:\n");
            render(f, b, indent + "    ");
        }
    }

    private static void line(StringBuilder b, String indent, String key, Object value) {
        if (value != null) {
            b.append(indent).append(key).append(": ").append(value).append('\n');
        }
    }
}
