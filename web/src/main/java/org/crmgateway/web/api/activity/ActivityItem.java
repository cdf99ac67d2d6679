package org.crmgateway.web.api.activity;

import java.time.Instant;
import java.util.List;

import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.Direction;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a partner's history, as contract v1 lists it. {@code snippet}, {@code meeting},
 * {@code attachmentCount} and {@code private} are extensions.
 */
record ActivityItem(long id, CaptureKind type, @Nullable Direction direction, Instant occurredAt,
                    @Nullable String subject, List<ParticipantView> participants, @Nullable String messageId,
                    @Nullable Long threadId, @Nullable String snippet, @Nullable MeetingView meeting,
                    int attachmentCount, boolean privateToOwner) {

    static ActivityItem of(ActivitySummary s) {
        return new ActivityItem(s.id().value(), s.type(), s.direction(), s.occurredAt(), s.subject(),
                s.participants().stream().map(ParticipantView::of).toList(), s.messageId(), s.threadId(),
                s.snippet(), MeetingView.of(s.meeting()), s.attachmentCount(), s.privateToOwner());
    }
}
