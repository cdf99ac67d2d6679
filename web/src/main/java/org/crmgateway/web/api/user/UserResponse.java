package org.crmgateway.web.api.user;

import java.util.List;

import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;

/** A staff user as the API shows it: never with a password or its hash. */
record UserResponse(long id, String username, String email, List<String> aliases, Role role, boolean enabled) {

    static UserResponse of(StaffUser u) {
        return new UserResponse(u.id().value(), u.username(), u.email().value(),
                u.aliases().stream().map(EmailAddress::value).toList(), u.role(), u.enabled());
    }
}
