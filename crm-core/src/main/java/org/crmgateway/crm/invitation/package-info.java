/** Calendar parts of recorded mail, handed over to calendar sync. */
@NullMarked
package org.crmgateway.crm.invitation;

import org.jspecify.annotations.NullMarked;
