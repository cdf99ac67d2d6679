package org.crmgateway.mailingest.e2e;

import org.crmgateway.crm.testing.OnPostgres;

class MailIngestPostgresIT extends MailIngestContract implements OnPostgres {
}
