package org.crmgateway.mailingest.sync;

import org.crmgateway.crm.testing.OnPostgres;

class QuarantineRetryPostgresIT extends QuarantineRetryContract implements OnPostgres {
}
