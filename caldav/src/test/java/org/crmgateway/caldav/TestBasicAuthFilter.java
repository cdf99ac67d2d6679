package org.crmgateway.caldav;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.crmgateway.crm.StaffUsers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the module tests, in place of the application's security configuration: checks
 * the test passwords ({@link TestUsers#password}) and exposes the name as {@code getRemoteUser()}, as Spring Security does.
 */
final class TestBasicAuthFilter extends OncePerRequestFilter {
    private final StaffUsers users;

    TestBasicAuthFilter(StaffUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            if (pair.length == 2 && users.byUsername(pair[0]).isPresent()
                    && TestUsers.password(pair[0]).equals(pair[1])) {
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRemoteUser() {
                        return pair[0];
                    }
                }, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
