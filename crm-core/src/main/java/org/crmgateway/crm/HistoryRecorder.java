package org.crmgateway.crm;

/**
 * The one door every capture enters the CRM history by.
 *
 * <p>Recording a batch is one database transaction: the activities (matched by the matcher,
 * deduplicated by source key, threaded), the quarantined items, the withdrawals and the
 * checkpoint are all stored, or none is. Recording the same capture again changes nothing but
 * adding its source, so a sync that resumes after a crash logs every item exactly once.
 */
public interface HistoryRecorder {

    BatchResult record(SourceBatch batch);
}
