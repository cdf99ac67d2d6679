package org.crmgateway.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator created on first start.
 *
 * @param username the login, {@code admin}
 * @param password from env {@code CRM_ADMIN_PASSWORD}; blank means generate one and print it once
 * @param email    the administrator's address (a staff address: mail from it is outbound)
 */
@ConfigurationProperties("crm.admin")
@Validated
public record AdminProperties(@DefaultValue("admin") @NotBlank String username,
                              @DefaultValue("") String password,
                              @DefaultValue("admin@localhost") @NotBlank String email) {

    @Override
    public String toString() {
        return "AdminProperties[username=%s, email=%s]".formatted(username, email);
    }
}
