package org.crmgateway.web.api.user;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/users}; {@code aliases} (further addresses of the same person) is an extension. */
record UserRequest(@NotBlank String username, @NotBlank String email,
                   @NotNull @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                   @NotNull Role role, @Nullable List<String> aliases) {

    NewUser toNewUser(String passwordHash) {
        List<EmailAddress> aliasAddresses = new ArrayList<>();
        List<String> given = aliases == null ? List.of() : aliases;
        for (int i = 0; i < given.size(); i++) {
            aliasAddresses.add(address("aliases[%d]".formatted(i), given.get(i)));
        }
        return new NewUser(username.strip(), address("email", email), aliasAddresses, passwordHash, role);
    }

    private static EmailAddress address(String field, @Nullable String text) {
        EmailAddress address = text == null ? null : EmailAddress.parseOrNull(text);
        if (address == null) {
            throw new CrmValidationException(field, "'%s' is not an e-mail address".formatted(text));
        }
        return address;
    }

    /** Keeps the password out of logs and error messages should the request ever be printed. */
    @Override
    public String toString() {
        return "UserRequest[username=%s, email=%s, role=%s]".formatted(username, email, role);
    }
}
