package org.crmgateway.mailingest;

import org.crmgateway.crm.MailAccount;

/**
 * Supplies the secret a mailbox is logged in with: the stored password, or for SASL XOAUTH2 a
 * current access token. The default returns what was stored with the account; a deployment that
 * refreshes OAuth2 tokens provides its own bean.
 */
@FunctionalInterface
public interface MailSecrets {

    String secretFor(MailAccount account);
}
