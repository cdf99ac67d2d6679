package org.crmgateway.caldav;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One HTTP method of the server (Radicale's {@code app/<method>.py}); the endpoint finds it by
 * {@link #name()}. Handlers write their answer, streaming where it can be long, and signal
 * errors by throwing {@link DavException}.
 */
public interface DavMethod {

    /** The HTTP method name, upper case. */
    String name();

    void handle(DavRequest request, HttpServletResponse response) throws IOException;
}
