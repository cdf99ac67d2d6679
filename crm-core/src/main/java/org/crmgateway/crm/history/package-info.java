/** The history recorder (the one door), thread linking, and the timeline, activity and thread queries. */
@NullMarked
package org.crmgateway.crm.history;

import org.jspecify.annotations.NullMarked;
