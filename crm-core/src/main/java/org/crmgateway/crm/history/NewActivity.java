package org.crmgateway.crm.history;

/**
 * An activity row of the batch that is waiting to be inserted with the others; its id is known
 * once {@link PendingRows#flush()} has run.
 */
final class NewActivity {

    private long id = -1;

    long id() {
        if (id < 0) {
            throw new IllegalStateException("the activity is not inserted yet; flush the pending rows first");
        }
        return id;
    }

    void inserted(long id) {
        this.id = id;
    }
}
