package org.crmgateway.calendarsync.ical;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.jspecify.annotations.Nullable;

/** Parse, expand and map in one step: calendar text to meeting captures, or to the reason it cannot be. */
public final class MeetingReader {
    private final ICalendarParser parser;
    private final RecurrenceExpander expander;

    public MeetingReader(ICalendarParser parser, RecurrenceExpander expander) {
        this.parser = parser;
        this.expander = expander;
    }

    public Result read(String text, CaptureOrigin origin, Instant now) {
        return switch (parser.parse(text)) {
            case ParseOutcome.Rejected r -> new Rejected(r.reason(), r.detail());
            case ParseOutcome.Parsed p -> read(p.calendar(), origin, now);
        };
    }

    /** Expands and maps a calendar that was parsed (and perhaps changed) before. */
    public Result read(ParsedCalendar calendar, CaptureOrigin origin, Instant now) {
        try {
            List<Capture> captures = expander.expand(calendar, now).stream()
                    .map(o -> MeetingCaptures.of(o, origin)).toList();
            return new Meetings(calendar, captures);
        } catch (RecurrenceException e) {
            return new Rejected(e.reason(), e.getMessage());
        }
    }

    public ParseOutcome parse(String text) {
        return parser.parse(text);
    }

    /** What reading one calendar object gave. */
    public sealed interface Result {
    }

    /** The meetings of the object (possibly none, for a VTODO or an event outside the window). */
    public record Meetings(ParsedCalendar calendar, List<Capture> captures) implements Result {
        public Set<String> sourceKeys() {
            return Set.copyOf(captures.stream().map(Capture::sourceKey).toList());
        }

        public @Nullable String method() {
            return calendar.method();
        }
    }

    /** The object belongs in quarantine for this reason. */
    public record Rejected(QuarantineReason reason, String detail) implements Result {
        public QuarantineItem toQuarantine(CaptureOrigin origin, byte[] raw) {
            return new QuarantineItem(origin.tenant(), origin.source(), reason, detail, raw);
        }
    }
}
