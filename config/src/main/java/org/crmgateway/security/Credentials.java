package org.crmgateway.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** Reads the credentials a request carries, without checking them. */
final class Credentials {

    private Credentials() {
    }

    /** User name and password of an HTTP Basic header, or null. */
    static @Nullable String[] basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    /** The user name a login attempt names: the form's field or the Basic header's. */
    static @Nullable String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return request.getParameter("username");
        }
        String[] basic = basic(request);
        return basic == null ? null : basic[0];
    }
}
