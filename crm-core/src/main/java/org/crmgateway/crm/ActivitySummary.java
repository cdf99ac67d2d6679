package org.crmgateway.crm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity as listed in a partner's history.
 *
 * @param direction null for meetings
 * @param subject   null when the source's visibility is metadata only
 */
public record ActivitySummary(ActivityId id, CaptureKind type, @Nullable Direction direction, Instant occurredAt,
                              @Nullable String subject, @Nullable String snippet, List<ActivityParticipant> participants,
                              @Nullable String messageId, @Nullable Long threadId, @Nullable MeetingDetails meeting,
                              @Nullable UserId owner, boolean privateToOwner, int attachmentCount) {
}
