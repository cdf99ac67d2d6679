package org.crmgateway.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.web.credential.CredentialKind;
import org.crmgateway.web.credential.PersonalCredential;
import org.crmgateway.web.credential.PersonalCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates by personal credential: an API token as {@code Authorization: Bearer} on
 * {@code /api/**}, an app password as the HTTP Basic password on CalDAV. An unknown or revoked
 * token is a 401; an app password that does not match falls through to the ordinary password check.
 */
class PersonalCredentialFilter extends OncePerRequestFilter {

    private final PersonalCredentials credentials;
    private final StaffUsers staff;
    private final ObjectProvider<UserDetailsService> userDetails;

    PersonalCredentialFilter(PersonalCredentials credentials, StaffUsers staff,
                             ObjectProvider<UserDetailsService> userDetails) {
        this.credentials = credentials;
        this.staff = staff;
        this.userDetails = userDetails;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (path.startsWith("/api/")) {
            String token = Credentials.bearer(request);
            if (token != null) {
                Optional<StaffUser> user = credentials.verify(CredentialKind.API_TOKEN, token).flatMap(this::owner);
                if (user.isEmpty()) {
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid or revoked token");
                    return;
                }
                authenticate(user.get(), request);
            }
        } else if (path.startsWith("/dav/") || path.equals("/dav") || path.startsWith("/.well-known/")) {
            String[] basic = Credentials.basic(request);
            if (basic != null) {
                credentials.verify(CredentialKind.APP_PASSWORD, basic[1]).flatMap(this::owner)
                        .filter(u -> u.username().equals(basic[0]))
                        .ifPresent(u -> authenticate(u, request));
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<StaffUser> owner(PersonalCredential credential) {
        return staff.find(credential.tenant(), credential.user()).filter(StaffUser::enabled);
    }

    private void authenticate(StaffUser user, HttpServletRequest request) {
        UserDetailsService service = userDetails.getIfUnique();
        Authentication auth;
        if (service != null) {
            UserDetails details = service.loadUserByUsername(user.username());
            auth = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        } else {
            auth = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        }
        ((UsernamePasswordAuthenticationToken) auth).setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }
}
