package org.crmgateway.mailingest.archive;

import org.crmgateway.mailingest.fetch.RawMessage;

/**
 * One message of an archive.
 *
 * @param locator where it is inside the archive: the file name, or the message's number in an mbox
 */
record ArchiveMessage(String locator, RawMessage raw) implements AutoCloseable {

    @Override
    public void close() {
        raw.close();
    }
}
