package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/**
 * What the headers say about how a message was sent, for the matcher's bulk rule (rule 7).
 *
 * @param bulkEvidence the header that marks the message as bulk or automatic ("List-Id",
 *                     "Precedence: bulk", "Auto-Submitted: auto-replied", "out-of-office subject"),
 *                     null when it looks like a person wrote it
 */
public record MailTraits(@Nullable String bulkEvidence) {
    public static final MailTraits PERSONAL = new MailTraits(null);

    public boolean isBulkOrAutomatic() {
        return bulkEvidence != null;
    }
}
