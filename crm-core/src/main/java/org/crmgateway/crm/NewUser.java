package org.crmgateway.crm;

import java.util.List;

/**
 * A staff user to create; the password is hashed by the caller's encoder before it reaches the core.
 *
 * @param aliases further addresses of the same person (recognised as staff, never as partners)
 */
public record NewUser(String username, EmailAddress email, List<EmailAddress> aliases, String passwordHash, Role role) {
    public NewUser {
        if (!username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new CrmValidationException("username", "use 1 to 100 letters, digits, '.', '_', '-' or '@'");
        }
        aliases = List.copyOf(aliases);
    }

    /** Without the password hash. */
    @Override
    public String toString() {
        return "NewUser[username=%s, email=%s, aliases=%s, role=%s]".formatted(username, email, aliases, role);
    }
}
