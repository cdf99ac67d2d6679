/**
 * Keeping mailboxes in sync: one folder pass (batches recorded with their checkpoint), the per-account
 * runner on a virtual thread (IDLE, polling, backoff, lease), the scheduler, quarantine retries.
 */
@NullMarked
package org.crmgateway.mailingest.sync;

import org.jspecify.annotations.NullMarked;
