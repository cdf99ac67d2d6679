package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/**
 * One address of a capture with its role.
 *
 * @param displayName the name shown next to the address, if any
 * @param answer      for meeting attendees the PARTSTAT (ACCEPTED, DECLINED, ...), else null
 */
public record CaptureParticipant(EmailAddress address, @Nullable String displayName, ParticipantRole role,
                                 @Nullable String answer) {

    public static CaptureParticipant of(String address, ParticipantRole role) {
        return new CaptureParticipant(new EmailAddress(address), null, role, null);
    }

    public static CaptureParticipant of(EmailAddress address, @Nullable String displayName, ParticipantRole role) {
        return new CaptureParticipant(address, displayName, role, null);
    }
}
