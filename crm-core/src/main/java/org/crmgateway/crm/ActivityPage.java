package org.crmgateway.crm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of history, newest first; {@code next} is the opaque cursor of the following page, null at the end. */
public record ActivityPage(List<ActivitySummary> items, @Nullable String next) {
}
