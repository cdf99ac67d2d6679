package org.crmgateway.mailingest.fetch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message read from a folder.
 *
 * @param size         RFC822.SIZE as the server reports it
 * @param internalDate when the server received it; the fallback for a message without a Date
 * @param headersOnly  true when the message is over the size limit and only its header was read
 */
public record FetchedMail(long uid, long size, @Nullable Instant internalDate, RawMessage raw, boolean headersOnly)
        implements AutoCloseable {

    @Override
    public void close() {
        raw.close();
    }
}
