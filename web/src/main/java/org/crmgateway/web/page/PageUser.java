package org.crmgateway.web.page;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Viewer;
import org.crmgateway.web.preference.UserPreference;

/** The logged-in user of a page request with their preferences. */
record PageUser(StaffUser user, UserPreference preference) {

    TenantId tenant() {
        return user.tenant();
    }

    UserId id() {
        return user.id();
    }

    Viewer viewer() {
        return new Viewer(user.tenant(), user.id(), user.role());
    }

    boolean admin() {
        return user.role() == Role.ADMIN;
    }

    String name() {
        return user.username();
    }
}
