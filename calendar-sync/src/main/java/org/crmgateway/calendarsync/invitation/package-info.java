/**
 * Invitations that arrived by mail (iMIP, RFC 6047): the core keeps each {@code text/calendar}
 * part as an {@link org.crmgateway.crm.Invitation}; {@link org.crmgateway.calendarsync.invitation.InvitationProcessor}
 * applies its iTIP method (RFC 5546 section 3.2): REQUEST creates or updates the meeting, REPLY
 * changes the attendee's answer, CANCEL cancels it.
 */
@NullMarked
package org.crmgateway.calendarsync.invitation;

import org.jspecify.annotations.NullMarked;
