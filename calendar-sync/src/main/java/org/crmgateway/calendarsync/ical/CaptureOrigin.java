package org.crmgateway.calendarsync.ical;

import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/** Where meetings were read: whose calendar, which object, and how much of them CRM users may see. */
public record CaptureOrigin(TenantId tenant, @Nullable UserId owner, SourceRef source, Visibility visibility) {
}
