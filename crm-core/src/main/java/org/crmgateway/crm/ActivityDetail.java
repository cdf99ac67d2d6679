package org.crmgateway.crm;

import java.util.List;

/** One activity with its body (as received; HTML is sanitised by whoever displays it) and attachments. */
public record ActivityDetail(ActivitySummary summary, CaptureBody body, List<ActivityAttachment> attachments,
                             List<SourceRef> sources) {
}
