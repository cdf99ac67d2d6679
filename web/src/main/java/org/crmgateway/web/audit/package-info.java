/**
 * The audit log: logins, failed logins, account and settings changes, per tenant, for admins to read.
 */
@NamedInterface("audit")
@NullMarked
package org.crmgateway.web.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
