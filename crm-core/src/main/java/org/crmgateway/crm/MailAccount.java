package org.crmgateway.crm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A registered mailbox, without its secret (read that with {@link MailAccounts#secret}). */
public record MailAccount(long id, TenantId tenant, @Nullable UserId owner, String host, int port, MailSecurity security,
                          String username, MailAuth auth, List<String> folders, @Nullable Instant since,
                          Visibility visibility, boolean dropbox, SyncState state, @Nullable String lastError) {
}
