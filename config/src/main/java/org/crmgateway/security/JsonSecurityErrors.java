package org.crmgateway.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.web.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as the same JSON error body the controllers use, with a Basic challenge on 401. */
final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "CRM Gateway";

    private final JsonMapper json;

    JsonSecurityErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"%s\", charset=\"UTF-8\"".formatted(REALM));
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required (HTTP Basic)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Not allowed for this user");
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message, null));
    }
}
