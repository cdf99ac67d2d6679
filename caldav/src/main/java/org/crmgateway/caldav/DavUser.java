package org.crmgateway.caldav;

import java.util.List;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** The authenticated staff user a request acts for; every look-up is scoped to this tenant and user. */
public record DavUser(TenantId tenant, UserId id, String username, List<EmailAddress> addresses) {
    public DavUser {
        addresses = List.copyOf(addresses);
    }
}
