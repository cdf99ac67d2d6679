package org.crmgateway.security;

import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff users as Spring Security sees them: username, password hash, role ADMIN or USER, enabled. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUsers staffUsers;

    StaffUserDetailsService(StaffUsers staffUsers) {
        this.staffUsers = staffUsers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = staffUsers.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.role().name())
                .disabled(!user.enabled())
                .build();
    }
}
