package org.crmgateway.web.api.activity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.crmgateway.crm.ActivityAttachment;
import org.crmgateway.crm.ActivityDetail;
import org.jspecify.annotations.Nullable;

/**
 * One activity: the fields of the history entry, its body (HTML already sanitised) and its attachments, each
 * with the URL it is downloaded from.
 */
record ActivityDetailResponse(@JsonUnwrapped ActivityItem activity, Body body, List<AttachmentView> attachments) {

    /** The readable content; {@code html} is safe to insert into a page, {@code note} says what was left out. */
    record Body(@Nullable String text, @Nullable String html, @Nullable String note) {
    }

    /** An attachment; {@code url} serves its bytes as a download. */
    record AttachmentView(long id, String fileName, String mediaType, long size, boolean inline, String url) {

        static AttachmentView of(long activityId, ActivityAttachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.size(), a.inline(),
                    ActivityController.attachmentUrl(activityId, a.id()));
        }
    }

    static ActivityDetailResponse of(ActivityDetail detail, @Nullable String sanitisedHtml) {
        long id = detail.summary().id().value();
        return new ActivityDetailResponse(ActivityItem.of(detail.summary()),
                new Body(detail.body().text(), sanitisedHtml, detail.body().note()),
                detail.attachments().stream().map(a -> AttachmentView.of(id, a)).toList());
    }
}
