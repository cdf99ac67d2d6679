package org.crmgateway.crm.history;

import org.crmgateway.crm.testing.OnPostgres;

class AtomicityPostgresIT extends AtomicityContract implements OnPostgres {
}
