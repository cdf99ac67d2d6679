package org.crmgateway.crm.history;

class RecorderH2IT extends RecorderContract {
}
