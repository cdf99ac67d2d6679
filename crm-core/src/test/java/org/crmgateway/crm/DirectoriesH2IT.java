package org.crmgateway.crm;

class DirectoriesH2IT extends DirectoriesContract {
}
