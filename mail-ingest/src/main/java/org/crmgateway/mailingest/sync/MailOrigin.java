package org.crmgateway.mailingest.sync;

import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * Where one message was read and how it is to be logged.
 *
 * @param owner   the staff user whose mailbox it is; null for the BCC dropbox
 * @param dropbox whether the message came in through the BCC dropbox, whose own address
 *                {@code mailbox} is then no participant
 */
public record MailOrigin(TenantId tenant, @Nullable UserId owner, SourceRef source, Visibility visibility,
                         boolean dropbox, @Nullable EmailAddress mailbox) {
}
