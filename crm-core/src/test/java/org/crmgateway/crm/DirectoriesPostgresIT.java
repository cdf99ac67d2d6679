package org.crmgateway.crm;

import org.crmgateway.crm.testing.OnPostgres;

class DirectoriesPostgresIT extends DirectoriesContract implements OnPostgres {
}
