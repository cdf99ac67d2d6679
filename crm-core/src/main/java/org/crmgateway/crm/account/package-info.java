/** Mail and calendar accounts: encrypted secrets, sync state, per-folder progress and row leases. */
@NullMarked
package org.crmgateway.crm.account;

import org.jspecify.annotations.NullMarked;
