package org.crmgateway.crm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox to sync.
 *
 * @param owner    the staff user whose mailbox it is; null for the tenant's BCC dropbox
 * @param secret   password or OAuth2 token; encrypted before it is stored, never returned
 * @param folders  folders to read; empty means INBOX and the sent folder
 * @param since    backfill window: only messages on or after this instant; null reads everything
 * @param dropbox  whether this is the BCC dropbox (messages are attributed to the staff sender)
 */
public record NewMailAccount(@Nullable UserId owner, String host, int port, MailSecurity security, String username,
                             MailAuth auth, String secret, List<String> folders, @Nullable Instant since,
                             Visibility visibility, boolean dropbox) {
    public NewMailAccount {
        if (host.isBlank() || host.length() > 255 || host.chars().anyMatch(c -> c <= ' ')) {
            throw new CrmValidationException("host", "must be a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new CrmValidationException("port", "must be between 1 and 65535");
        }
        if (username.isBlank()) {
            throw new CrmValidationException("username", "must not be blank");
        }
        if (secret.isEmpty()) {
            throw new CrmValidationException("password", "must not be empty");
        }
        if (owner == null && !dropbox) {
            throw new CrmValidationException("userId", "is required unless the account is the BCC dropbox");
        }
        folders = List.copyOf(folders);
    }

    /** Without the secret, so that logging the request never leaks it. */
    @Override
    public String toString() {
        return ("NewMailAccount[owner=%s, host=%s, port=%d, security=%s, username=%s, auth=%s, secret=***, "
                + "folders=%s, since=%s, visibility=%s, dropbox=%s]").formatted(owner, host, port, security, username, auth, folders, since, visibility, dropbox);
    }
}
