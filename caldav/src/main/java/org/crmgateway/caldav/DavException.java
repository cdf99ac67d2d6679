package org.crmgateway.caldav;

import org.crmgateway.caldav.xml.PropName;
import org.jspecify.annotations.Nullable;

/**
 * A request the server answers with an error status, optionally naming the precondition that
 * failed (RFC 4918 section 16, RFC 4791 section 1.3), written as {@code <D:error>} by the endpoint.
 *
 * @see CalDavEndpoint the one place these become responses
 */
public final class DavException extends RuntimeException {
    private final int status;
    private final @Nullable PropName precondition;
    private final @Nullable String preconditionHref;

    public DavException(int status, String message) {
        this(status, null, null, message);
    }

    public DavException(int status, @Nullable PropName precondition, String message) {
        this(status, precondition, null, message);
    }

    /** @param preconditionHref a DAV:href to put inside the precondition element (no-uid-conflict) */
    public DavException(int status, @Nullable PropName precondition, @Nullable String preconditionHref,
                        String message) {
        super(message);
        this.status = status;
        this.precondition = precondition;
        this.preconditionHref = preconditionHref;
    }

    public int status() {
        return status;
    }

    public @Nullable PropName precondition() {
        return precondition;
    }

    public @Nullable String preconditionHref() {
        return preconditionHref;
    }
}
