package org.crmgateway.web.page;

import java.util.Optional;

import org.crmgateway.crm.StaffUsers;
import org.crmgateway.web.preference.UserPreferences;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Finds the staff user behind the current request's authentication by user name (unique across
 * tenants), once per request. A disabled or deleted user is treated as not logged in.
 */
@Component
class PageUsers {

    private static final String ATTRIBUTE = PageUsers.class.getName();

    private final StaffUsers staff;
    private final UserPreferences preferences;

    PageUsers(StaffUsers staff, UserPreferences preferences) {
        this.staff = staff;
        this.preferences = preferences;
    }

    Optional<PageUser> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof PageUser u) {
            return Optional.of(u);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Optional<PageUser> user = staff.byUsername(auth.getName())
                .filter(u -> u.enabled())
                .map(u -> new PageUser(u, preferences.get(u.tenant(), u.id())));
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    PageUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    PageUser requireAdmin() {
        PageUser user = require();
        if (!user.admin()) {
            throw new AccessDeniedException("Admins only");
        }
        return user;
    }

    /** Forgets the cached user, after a change of the user's preferences. */
    void refresh() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
