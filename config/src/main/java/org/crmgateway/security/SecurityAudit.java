package org.crmgateway.security;

import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Writes logins, failed logins and logouts to the audit log (in the user's tenant) and feeds the
 * {@link LoginThrottle}. Per-request HTTP Basic successes are not logged, or the log would be all API calls.
 */
class SecurityAudit {

    private final AuditLog log;
    private final StaffUsers staff;
    private final LoginThrottle throttle;

    SecurityAudit(AuditLog log, StaffUsers staff, LoginThrottle throttle) {
        this.log = log;
        this.staff = staff;
        this.throttle = throttle;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGIN, "form login", address(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String address = address(event.getAuthentication());
        throttle.failed(name, address);
        record(name, AuditAction.LOGIN_FAILED, event.getException().getClass().getSimpleName(), address);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGOUT, "logout", address(event.getAuthentication()));
    }

    void record(String username, AuditAction action, String detail, @Nullable String address) {
        String actor = username.length() > 100 ? username.substring(0, 100) : username;
        TenantId tenant = staff.byUsername(actor).map(StaffUser::tenant).orElse(null);
        log.record(tenant, actor, action, detail, address);
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
