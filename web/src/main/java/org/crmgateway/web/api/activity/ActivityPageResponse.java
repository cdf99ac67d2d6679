package org.crmgateway.web.api.activity;

import java.util.List;

import org.crmgateway.crm.ActivityPage;
import org.jspecify.annotations.Nullable;

/** A page of a partner's history, newest first; {@code next} is the cursor of the following page, null at the end. */
record ActivityPageResponse(List<ActivityItem> items, @Nullable String next) {

    static ActivityPageResponse of(ActivityPage page) {
        return new ActivityPageResponse(page.items().stream().map(ActivityItem::of).toList(), page.next());
    }
}
