package org.crmgateway.caldav.ical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Turns the events of a calendar object into MEETING captures: the master (the series as one
 * meeting) and each overridden instance, keyed {@code UID} and {@code UID|RECURRENCE-ID}.
 * Events without attendees are appointments, not meetings, and give no capture.
 */
public final class MeetingMapper {
    private MeetingMapper() {
    }

    /** The captures of the object; empty for tasks, journals and events nobody else attends. */
    public static List<Capture> captures(ParsedCalendar object, TenantId tenant, UserId owner, SourceRef source) {
        List<Capture> captures = new ArrayList<>();
        if (!object.componentType().equals(Component.VEVENT)) {
            return captures;
        }
        List<Component> events = new ArrayList<>();
        object.master().ifPresent(events::add);
        events.addAll(object.overrides());
        for (Component event : events) {
            List<CaptureParticipant> participants = participants(event);
            Optional<Span> span = Span.of(event);
            if (span.isEmpty() || participants.stream().noneMatch(p -> p.role() == ParticipantRole.ATTENDEE)) {
                continue;
            }
            Instant recurrenceId = ParsedCalendar.recurrenceId(event).map(Instant::ofEpochMilli).orElse(null);
            MeetingDetails details = new MeetingDetails(object.uid(), recurrenceId,
                    Instant.ofEpochMilli(span.get().start()), Instant.ofEpochMilli(span.get().end()),
                    Temporals.isDate(span.get().seed()), text(event, Property.LOCATION), status(event));
            String description = text(event, Property.DESCRIPTION);
            captures.add(Capture.meeting(tenant, source, SourceKeys.ofMeeting(object.uid(), recurrenceId), details)
                    .owner(owner)
                    .subject(text(event, Property.SUMMARY))
                    .body(description == null ? CaptureBody.EMPTY : CaptureBody.ofText(description))
                    .participants(participants)
                    .build());
        }
        return captures;
    }

    /** The source keys the object's events stand for, whether or not they are meetings. */
    public static List<String> sourceKeys(ParsedCalendar object) {
        List<String> keys = new ArrayList<>();
        object.master().ifPresent(m -> keys.add(SourceKeys.ofMeeting(object.uid(), null)));
        object.overrides().forEach(o -> keys.add(SourceKeys.ofMeeting(object.uid(),
                ParsedCalendar.recurrenceId(o).map(Instant::ofEpochMilli).orElse(null))));
        return keys;
    }

    private static List<CaptureParticipant> participants(Component event) {
        List<CaptureParticipant> participants = new ArrayList<>();
        event.getProperty(Property.ORGANIZER).flatMap(MeetingMapper::address).ifPresent(a ->
                participants.add(new CaptureParticipant(a, param(event.getProperty(Property.ORGANIZER).get(),
                        Parameter.CN), ParticipantRole.ORGANIZER, null)));
        for (Property attendee : event.getProperties(Property.ATTENDEE)) {
            address(attendee).ifPresent(a -> participants.add(new CaptureParticipant(a, param(attendee, Parameter.CN),
                    ParticipantRole.ATTENDEE, param(attendee, Parameter.PARTSTAT))));
        }
        return participants;
    }

    private static Optional<EmailAddress> address(Property p) {
        String value = p.getValue();
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            v = v.substring("mailto:".length());
        }
        return Optional.ofNullable(EmailAddress.parseOrNull(v));
    }

    private static @Nullable String param(Property p, String name) {
        return p.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    private static @Nullable String text(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).filter(v -> !v.isBlank()).orElse(null);
    }

    private static MeetingStatus status(Component c) {
        String status = c.getProperty(Property.STATUS).map(Property::getValue).orElse("CONFIRMED");
        try {
            return MeetingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MeetingStatus.CONFIRMED;
        }
    }
}
