package org.crmgateway.mailingest.fetch;

import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;

/** Where and as whom to log in; the secret is asked for at connect time and never kept here. */
public record ImapEndpoint(String host, int port, MailSecurity security, String username, MailAuth auth) {

    public String address() {
        return host + ":" + port;
    }
}
