package org.crmgateway.web.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** An error a controller decides on itself; {@link ApiErrors} turns it into its status and body. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String field;

    public ApiException(HttpStatus status, String message, @Nullable String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field + " " + message, field);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "%s %s not found".formatted(what, id), null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message, null);
    }

    public HttpStatus status() {
        return status;
    }

    public @Nullable String field() {
        return field;
    }
}
