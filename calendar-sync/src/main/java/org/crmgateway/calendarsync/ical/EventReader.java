package org.crmgateway.calendarsync.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.QuarantineReason;
import org.jspecify.annotations.Nullable;

/** Maps one iCal4j VEVENT to a {@link CalendarEvent}, noting what it repaired. */
final class EventReader {
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final TimeReader times;
    private final List<String> notes;
    private final boolean startOptional;

    /** @param startOptional iTIP REPLY and CANCEL may leave DTSTART out (RFC 5546 section 3.2) */
    EventReader(TimeReader times, List<String> notes, boolean startOptional) {
        this.times = times;
        this.notes = notes;
        this.startOptional = startOptional;
    }

    CalendarEvent read(Component vevent) {
        String uid = text(vevent, Property.UID);
        if (uid == null) {
            throw new InvalidEventException(QuarantineReason.MISSING_REQUIRED_FIELD, "an event has no UID");
        }
        EventTime start = time(vevent, Property.DTSTART);
        if (start == null && !startOptional) {
            throw new InvalidEventException(QuarantineReason.MISSING_REQUIRED_FIELD,
                    "event %s has no readable DTSTART".formatted(TimeReader.abbreviate(uid)));
        }
        return new CalendarEvent(uid, time(vevent, Property.RECURRENCE_ID), text(vevent, Property.SUMMARY),
                text(vevent, Property.DESCRIPTION), text(vevent, Property.LOCATION), participants(vevent), start,
                start == null ? Duration.ZERO : length(vevent, start, uid), status(vevent), rrule(vevent, uid),
                list(vevent, Property.RDATE), list(vevent, Property.EXDATE), sequence(vevent));
    }

    private Duration length(Component vevent, EventTime start, String uid) {
        EventTime end = time(vevent, Property.DTEND);
        if (end != null) {
            Duration length = Duration.between(start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC));
            if (end.isDate() != start.isDate()) {
                notes.add("event %s mixes a date and a date-time in DTSTART/DTEND".formatted(uid));
            }
            if (length.isNegative()) {
                notes.add("event %s ends before it starts; its end was set to its start".formatted(uid));
                return Duration.ZERO;
            }
            return length;
        }
        Optional<Property> duration = vevent.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            try {
                TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
                LocalDate day = LocalDate.of(2000, 1, 1);
                Duration length = Duration.between(day.atStartOfDay(), day.atStartOfDay().plus(amount));
                return length.isNegative() ? Duration.ZERO : length;
            } catch (DateTimeException | ClassCastException e) {
                notes.add("event %s has an unreadable DURATION".formatted(uid));
            }
        }
        // RFC 5545 section 3.6.1: without DTEND or DURATION a date lasts one day, a date-time no time
        return start.isDate() ? ONE_DAY : Duration.ZERO;
    }

    private List<CaptureParticipant> participants(Component vevent) {
        Map<String, CaptureParticipant> byAddress = new LinkedHashMap<>();
        vevent.getProperty(Property.ORGANIZER).ifPresent(p -> participant(p, ParticipantRole.ORGANIZER)
                .ifPresent(o -> byAddress.put(o.address().key(), o)));
        for (Property attendee : vevent.getProperties(Property.ATTENDEE)) {
            if (isRoomOrNonParticipant(attendee)) {
                continue;
            }
            participant(attendee, ParticipantRole.ATTENDEE).ifPresent(a -> byAddress.merge(a.address().key(), a,
                    // Google and Exchange list the organizer as an attendee too: keep one, with the answer
                    (organizer, same) -> new CaptureParticipant(organizer.address(),
                            organizer.displayName() != null ? organizer.displayName() : same.displayName(),
                            organizer.role(), same.answer())));
        }
        return List.copyOf(byAddress.values());
    }

    private static boolean isRoomOrNonParticipant(Property attendee) {
        String cutype = param(attendee, Parameter.CUTYPE);
        String role = param(attendee, Parameter.ROLE);
        return "ROOM".equalsIgnoreCase(cutype) || "RESOURCE".equalsIgnoreCase(cutype)
                || "NON-PARTICIPANT".equalsIgnoreCase(role);
    }

    private Optional<CaptureParticipant> participant(Property property, ParticipantRole role) {
        String value = TimeReader.rawValue(property).strip();
        if (!value.regionMatches(true, 0, "mailto:", 0, 7)) {
            String email = param(property, "EMAIL");
            if (email == null) {
                notes.add("%s '%s' is not a mailto: address, left out".formatted(property.getName(),
                        TimeReader.abbreviate(value)));
                return Optional.empty();
            }
            value = "mailto:" + email;
        }
        EmailAddress address = EmailAddress.parseOrNull(value.substring(7).strip());
        if (address == null) {
            notes.add("%s '%s' is not an e-mail address, left out".formatted(property.getName(),
                    TimeReader.abbreviate(value)));
            return Optional.empty();
        }
        String answer = role == ParticipantRole.ATTENDEE ? upper(param(property, Parameter.PARTSTAT)) : null;
        if (role == ParticipantRole.ATTENDEE && answer == null) {
            answer = "NEEDS-ACTION";
        }
        return Optional.of(new CaptureParticipant(address, blankToNull(param(property, Parameter.CN)), role, answer));
    }

    private static MeetingStatus status(Component vevent) {
        String status = upper(vevent.getProperty(Property.STATUS).map(TimeReader::rawValue).orElse(null));
        if ("CANCELLED".equals(status)) {
            return MeetingStatus.CANCELLED;
        }
        return "TENTATIVE".equals(status) ? MeetingStatus.TENTATIVE : MeetingStatus.CONFIRMED;
    }

    private @Nullable String rrule(Component vevent, String uid) {
        List<Property> rules = vevent.getProperties(Property.RRULE);
        if (rules.isEmpty()) {
            return null;
        }
        if (rules.size() > 1) {
            notes.add("event %s has %d RRULEs; only the first is used".formatted(uid, rules.size()));
        }
        String rule = TimeReader.rawValue(rules.getFirst()).strip();
        try {
            new Recur<>(rule);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidEventException("event %s has an invalid RRULE '%s'"
                    .formatted(uid, TimeReader.abbreviate(rule)));
        }
        return rule;
    }

    private static int sequence(Component vevent) {
        String value = vevent.getProperty(Property.SEQUENCE).map(TimeReader::rawValue).orElse("0");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private @Nullable EventTime time(Component vevent, String name) {
        Optional<Property> property = vevent.getProperty(name);
        return property.map(times::read).orElse(null);
    }

    private List<EventTime> list(Component vevent, String name) {
        List<EventTime> all = new ArrayList<>();
        for (Property p : vevent.getProperties(name)) {
            all.addAll(times.readList(p));
        }
        return all;
    }

    private static @Nullable String text(Component vevent, String name) {
        return blankToNull(vevent.getProperty(name).map(TimeReader::rawValue).orElse(null));
    }

    private static @Nullable String param(Property property, String name) {
        return property.<Parameter>getParameter(name).map(Parameter::getValue).orElse(null);
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
