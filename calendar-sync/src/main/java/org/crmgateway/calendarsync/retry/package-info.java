/** Retrying quarantined calendar objects and invitations when a user asks for it. */
@NullMarked
package org.crmgateway.calendarsync.retry;

import org.jspecify.annotations.NullMarked;
