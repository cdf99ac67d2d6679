package org.crmgateway.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.web.audit.AuditAction;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away login attempts of a locked user name or address before any password is checked, on
 * every way in. Runs ahead of the security filter chains, so it needs none of them to know it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityAudit audit;

    LoginThrottleFilter(LoginThrottle throttle, SecurityAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = Credentials.attemptedUsername(request);
        boolean attempt = username != null;
        if (attempt && throttle.isLocked(username, request.getRemoteAddr())) {
            audit.record(username, AuditAction.LOGIN_LOCKED, "attempt refused while locked", request.getRemoteAddr());
            if ("/login".equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
            } else {
                response.setHeader("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
                response.sendError(429, "Too many failed logins");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
