package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminBootstrapTest {

    private final StaffUsers users = mock(StaffUsers.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private NewUser createdWith(String password) {
        when(users.byUsername("admin")).thenReturn(Optional.empty());
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, new AdminProperties("admin", password, "admin@localhost"));
        bootstrap.run(new DefaultApplicationArguments());
        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(users).create(eq(TenantId.DEFAULT), created.capture());
        assertThat(bootstrap.generatedPassword().isPresent()).isEqualTo(password.isBlank());
        bootstrap.generatedPassword().ifPresent(p -> assertThat(encoder.matches(p, created.getValue().passwordHash())).isTrue());
        return created.getValue();
    }

    @Test
    void createsTheAdministratorWithTheConfiguredPasswordHashedWithBcrypt() {
        NewUser admin = createdWith("from-the-environment");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("from-the-environment", admin.passwordHash())).isTrue();
    }

    @Test
    void generatesAPasswordWhenNoneIsConfigured() {
        NewUser admin = createdWith("");
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        when(users.byUsername("admin")).thenReturn(Optional.of(new StaffUser(UserId.of(1), TenantId.DEFAULT, "admin",
                new EmailAddress("admin@localhost"), List.of(), Role.ADMIN, "{bcrypt}x", true)));
        new AdminBootstrap(users, encoder, new AdminProperties("admin", "", "admin@localhost"))
                .run(new DefaultApplicationArguments());
        verify(users, never()).create(any(), any());
    }
}
