package org.crmgateway.web.api;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.Viewer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff user of the current request. The tenant always comes from here, never
 * from the request, so no call can reach another tenant's data.
 */
@Component
public class CurrentStaff {

    private final StaffUsers staffUsers;

    public CurrentStaff(StaffUsers staffUsers) {
        this.staffUsers = staffUsers;
    }

    public StaffUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new InsufficientAuthenticationException("Not signed in");
        }
        return staffUsers.byUsername(auth.getName())
                .filter(StaffUser::enabled)
                .orElseThrow(() -> new InsufficientAuthenticationException("Unknown or disabled user"));
    }

    public Viewer viewer() {
        StaffUser user = user();
        return new Viewer(user.tenant(), user.id(), user.role());
    }

    /** Throws 403 unless the signed-in user is an administrator of their tenant. */
    public StaffUser admin() {
        StaffUser user = user();
        if (user.role() != Role.ADMIN) {
            throw ApiException.forbidden("Only an administrator may do this");
        }
        return user;
    }
}
