package org.crmgateway.mailingest.fetch;

/**
 * Supplies the secret to log in with: the stored password, or a current OAuth2 access token for
 * SASL XOAUTH2 (Gmail, Microsoft 365). Refreshing tokens is left to the configured implementation.
 */
@FunctionalInterface
public interface TokenProvider {

    String secret();
}
