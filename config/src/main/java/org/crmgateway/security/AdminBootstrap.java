package org.crmgateway.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.crmgateway.cli.ConsoleNotice;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator of the default tenant on first start, with the password from
 * {@code CRM_ADMIN_PASSWORD} or, when that is unset, a generated one printed once to the console
 * (never to the log).
 */
@Component
@Profile("!cli")
@Order(AdminBootstrap.ORDER)
public class AdminBootstrap implements ApplicationRunner {

    /** Runs before other start-up runners, so that they find the administrator. */
    public static final int ORDER = 0;

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;
    private volatile Optional<String> generatedPassword = Optional.empty();

    AdminBootstrap(StaffUsers users, PasswordEncoder encoder, AdminProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.byUsername(properties.username()).isPresent()) {
            return;
        }
        boolean generate = properties.password().isBlank();
        String password = generate ? generate() : properties.password();
        users.create(TenantId.DEFAULT, new NewUser(properties.username(), new EmailAddress(properties.email()),
                List.of(), encoder.encode(password), Role.ADMIN));
        LOG.info("Created administrator '{}' of tenant {}", properties.username(), TenantId.DEFAULT);
        if (generate) {
            generatedPassword = Optional.of(password);
            ConsoleNotice.print("Administrator created",
                    "user:     " + properties.username(),
                    "password: " + password,
                    "(generated because CRM_ADMIN_PASSWORD is not set; shown only this once)");
        }
    }

    /** The password generated on this start, if the administrator was created now without CRM_ADMIN_PASSWORD. */
    public Optional<String> generatedPassword() {
        return generatedPassword;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
