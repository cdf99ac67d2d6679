package org.crmgateway.web.api.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/mail-accounts}. {@code userId} defaults to the caller; {@code since} (backfill
 * window) and {@code visibility} are extensions. The password is never returned or logged.
 */
record MailAccountRequest(@Nullable Long userId, @NotBlank String host, @NotNull Integer port,
                          @NotNull MailSecurity security, @NotBlank String username, @NotNull String password,
                          @Nullable List<String> folders, @Nullable Instant since, @Nullable Visibility visibility) {

    NewMailAccount toNewAccount(UserId owner) {
        return new NewMailAccount(owner, host.strip(), port, security, username, MailAuth.PASSWORD, password,
                folders == null ? List.of() : folders, since, visibility == null ? Visibility.EVERYTHING : visibility,
                false);
    }

    @Override
    public String toString() {
        return "MailAccountRequest[userId=%s, host=%s, port=%s, username=%s]".formatted(userId, host, port, username);
    }
}
