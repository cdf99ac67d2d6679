/**
 * Mail ingest: reads staff IMAP mailboxes (read-only), parses each message with mime4j and hands
 * it to the core's {@link org.crmgateway.crm.HistoryRecorder} as a capture.
 */
@ApplicationModule(allowedDependencies = "crm")
@NullMarked
package org.crmgateway.mailingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
