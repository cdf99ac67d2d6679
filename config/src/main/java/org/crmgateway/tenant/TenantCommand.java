package org.crmgateway.tenant;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.Tenant;
import org.crmgateway.crm.Tenants;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tenant create NAME --admin-email ADDRESS}: creates a tenant with its first admin, both
 * or neither. The admin's password comes from the environment variable named by
 * {@code --admin-password-env}, or is generated and printed once.
 */
@Component
@Command(name = "tenant", description = "Manage tenants.", mixinStandardHelpOptions = true)
public class TenantCommand implements Callable<Integer> {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Tenants tenants;
    private final StaffUsers staff;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    @Spec
    @Nullable CommandSpec spec;

    public TenantCommand(Tenants tenants, StaffUsers staff, PasswordEncoder encoder, TransactionTemplate transaction,
                         AuditLog audit) {
        this.tenants = tenants;
        this.staff = staff;
        this.encoder = encoder;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** Without a subcommand: the usage. */
    @Override
    public Integer call() {
        if (spec != null) {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
        return 2;
    }

    @Command(name = "create", description = "Create a tenant with its admin user.", mixinStandardHelpOptions = true)
    int create(@Parameters(paramLabel = "NAME", description = "The tenant's name (the customer company).") String name,
               @Option(names = "--admin-email", required = true, description = "E-mail address of the first admin.")
               String adminEmail,
               @Option(names = "--admin-username", description = "The admin's user name (default: the e-mail address).")
               @Nullable String adminUsername,
               @Option(names = "--admin-password-env",
                       description = "Environment variable holding the admin's password (default: generate one).")
               @Nullable String passwordVariable) {
        CommandSpec command = Objects.requireNonNull(spec, "picocli injects the spec");
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        EmailAddress email = EmailAddress.parseOrNull(adminEmail);
        if (name.isBlank() || email == null) {
            err.println("A tenant name and a valid --admin-email are required.");
            return 2;
        }
        String username = adminUsername == null || adminUsername.isBlank() ? email.value() : adminUsername.strip();
        String password = passwordVariable == null ? generated() : System.getenv(passwordVariable);
        if (password == null || password.length() < 10) {
            err.println("The admin password must have at least 10 characters.");
            return 2;
        }
        try {
            String hash = encoder.encode(password);
            StaffUser admin = transaction.execute(status -> {
                Tenant tenant = tenants.create(name.strip());
                return staff.create(tenant.id(), new NewUser(username, email, List.of(), hash, Role.ADMIN));
            });
            audit.record(admin.tenant(), "operator", AuditAction.TENANT_CREATED,
                    "tenant '" + name.strip() + "' with admin " + admin.username(), null);
            out.printf("Created tenant '%s' (id %s) with admin '%s'.%n", name.strip(), admin.tenant(), admin.username());
            if (passwordVariable == null) {
                out.printf("The admin's password (shown only now): %s%n", password);
            }
            return 0;
        } catch (CrmConflictException | CrmValidationException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
