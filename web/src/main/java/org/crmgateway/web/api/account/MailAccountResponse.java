package org.crmgateway.web.api.account;

import java.util.List;

import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/** A mail account and its sync status; it has no field that could carry the password. */
record MailAccountResponse(long id, @Nullable Long userId, String host, int port, MailSecurity security, String username,
                           Visibility visibility, SyncState state, @Nullable String lastError, List<FolderView> folders) {

    static MailAccountResponse of(MailAccount a, List<FolderProgress> progress) {
        return new MailAccountResponse(a.id(), a.owner() == null ? null : a.owner().value(), a.host(), a.port(),
                a.security(), a.username(), a.visibility(), a.state(), a.lastError(), FolderView.of(progress, a.folders()));
    }
}
