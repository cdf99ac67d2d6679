package org.crmgateway.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.CrmValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where exceptions become API answers: 400 naming the field, 404 for ids the
 * tenant does not have, 409 for conflicts, 401/403 for security, 500 without details. No answer
 * carries a stack trace.
 */
@RestControllerAdvice(basePackages = "org.crmgateway.web.api")
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(CrmValidationException.class)
    ResponseEntity<ApiError> invalid(CrmValidationException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return answer(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(CrmNotFoundException.class)
    ResponseEntity<ApiError> notFound(CrmNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(CrmConflictException.class)
    ResponseEntity<ApiError> conflict(CrmConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> beanValidation(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        if (error == null) {
            return answer(HttpStatus.BAD_REQUEST, "Invalid request", null);
        }
        return answer(HttpStatus.BAD_REQUEST, error.getField() + " " + error.getDefaultMessage(), error.getField());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof CrmValidationException invalid) {
                return invalid(invalid);
            }
        }
        if (e.getCause() instanceof JacksonException json) {
            String field = fieldOf(json);
            if (json instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                return answer(HttpStatus.BAD_REQUEST, "%s must be one of %s".formatted(field, allowed), field);
            }
            if (json instanceof MismatchedInputException && field != null) {
                return answer(HttpStatus.BAD_REQUEST, field + " has the wrong type or format", field);
            }
            return answer(HttpStatus.BAD_REQUEST, "Malformed JSON"
                    + (json.getLocation() == null ? "" : " at line %d, column %d"
                    .formatted(json.getLocation().getLineNr(), json.getLocation().getColumnNr())), field);
        }
        return answer(HttpStatus.BAD_REQUEST, "The request body is missing or not readable", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "%s has the wrong format".formatted(e.getName()), e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required", e.getParameterName());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> illegalArgument(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage() == null ? "Invalid request" : e.getMessage(), null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
        return answer(HttpStatus.UNAUTHORIZED, "Authentication required", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "Not allowed for this user", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            String detail = spring.getBody().getDetail();
            return answer(spring.getStatusCode(), detail == null ? "Request failed" : detail, null);
        }
        LOG.error("Unexpected error answering an API request", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; the server log has the details", null);
    }

    private static @Nullable String fieldOf(JacksonException e) {
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    /** Builds the error answer; also used by the security layer for 401 and 403. */
    public static ResponseEntity<ApiError> answer(HttpStatusCode status, String message, @Nullable String field) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known == null ? "Error" : known.getReasonPhrase();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), reason, message, field));
    }
}
