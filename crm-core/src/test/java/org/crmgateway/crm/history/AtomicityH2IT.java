package org.crmgateway.crm.history;

class AtomicityH2IT extends AtomicityContract {
}
