package org.crmgateway.mailingest.e2e;

class MailIngestH2IT extends MailIngestContract {
}
