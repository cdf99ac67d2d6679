package org.crmgateway.web.page;

import org.crmgateway.crm.CrmNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What a page shows when the thing asked for does not exist for this reader (or belongs to another tenant). */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    @ExceptionHandler({CrmNotFoundException.class, NotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "not-found";
    }

    /** Thrown by page handlers for ids the reader may not see; the same answer as for ids that do not exist. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("Not found", null, false, false);
        }
    }
}
