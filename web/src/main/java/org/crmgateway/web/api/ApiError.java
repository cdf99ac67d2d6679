package org.crmgateway.web.api;

import org.jspecify.annotations.Nullable;

/**
 * The JSON body of every error answer of the API.
 *
 * @param status  the HTTP status code
 * @param error   the status reason phrase ("Bad Request")
 * @param message what was wrong, in words a person understands; never a stack trace
 * @param field   the request field (JSON property, query or path parameter) at fault, if one is
 */
public record ApiError(int status, String error, String message, @Nullable String field) {
}
