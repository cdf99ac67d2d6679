package org.crmgateway.calendarsync.invitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.calendarsync.ical.CalendarEvent;
import org.crmgateway.calendarsync.ical.ParsedCalendar;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.ParticipantRole;

/** Applies iTIP REPLY and CANCEL messages to the meeting they refer to. */
final class Replies {
    private Replies() {
    }

    /** The meeting with each replying attendee's PARTSTAT (RFC 5546 section 3.2.3); an unknown attendee is added. */
    static ParsedCalendar apply(ParsedCalendar meeting, List<ParsedCalendar> replies) {
        Map<String, CaptureParticipant> answers = new LinkedHashMap<>();
        for (ParsedCalendar reply : replies) {
            for (CalendarEvent e : reply.events()) {
                e.participants().stream().filter(p -> p.role() == ParticipantRole.ATTENDEE)
                        .forEach(p -> answers.put(p.address().key(), p));
            }
        }
        List<CalendarEvent> events = meeting.events().stream().map(e -> withAnswers(e, answers)).toList();
        return new ParsedCalendar(meeting.method(), events, meeting.notes());
    }

    private static CalendarEvent withAnswers(CalendarEvent event, Map<String, CaptureParticipant> answers) {
        Map<String, CaptureParticipant> answered = new LinkedHashMap<>(answers);
        List<CaptureParticipant> participants = new ArrayList<>();
        for (CaptureParticipant p : event.participants()) {
            CaptureParticipant answer = answered.remove(p.address().key());
            participants.add(answer == null ? p
                    : new CaptureParticipant(p.address(), p.displayName() != null ? p.displayName()
                    : answer.displayName(), p.role(), answer.answer()));
        }
        participants.addAll(answered.values());
        return event.withParticipants(participants);
    }

    /**
     * The meeting cancelled: the whole series, or only the occurrences a CANCEL names by
     * RECURRENCE-ID (RFC 5546 section 3.2.5).
     */
    static ParsedCalendar cancel(ParsedCalendar meeting, ParsedCalendar cancel) {
        List<CalendarEvent> named = cancel.events().stream().filter(CalendarEvent::isOverride).toList();
        if (named.isEmpty()) {
            return new ParsedCalendar(meeting.method(),
                    meeting.events().stream().map(e -> e.withStatus(MeetingStatus.CANCELLED)).toList(), meeting.notes());
        }
        List<CalendarEvent> events = new ArrayList<>(meeting.events());
        for (CalendarEvent occurrence : named) {
            events.removeIf(e -> e.isOverride() && e.recurrenceId().equals(occurrence.recurrenceId()));
            CalendarEvent base = meeting.events().stream().filter(e -> !e.isOverride()).findFirst().orElse(occurrence);
            events.add(new CalendarEvent(base.uid(), occurrence.recurrenceId(), base.summary(), base.description(),
                    base.location(), base.participants(), occurrence.start() != null ? occurrence.start()
                    : occurrence.recurrenceId(), base.length(), MeetingStatus.CANCELLED, null, List.of(), List.of(),
                    occurrence.sequence()));
        }
        return new ParsedCalendar(meeting.method(), events, meeting.notes());
    }
}
