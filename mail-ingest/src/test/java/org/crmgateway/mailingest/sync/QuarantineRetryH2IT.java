package org.crmgateway.mailingest.sync;

class QuarantineRetryH2IT extends QuarantineRetryContract {
}
