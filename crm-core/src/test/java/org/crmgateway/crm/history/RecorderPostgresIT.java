package org.crmgateway.crm.history;

import org.crmgateway.crm.testing.OnPostgres;

class RecorderPostgresIT extends RecorderContract implements OnPostgres {
}
