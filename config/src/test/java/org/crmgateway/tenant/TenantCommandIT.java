package org.crmgateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgateway.cli.CommandDispatcher;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.Tenants;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code tenant create NAME --admin-email ...} as the operator runs it. */
@GatewayIT
class TenantCommandIT {

    @LocalServerPort
    int port;
    @Autowired
    CommandDispatcher commands;
    @Autowired
    Tenants tenants;
    @Autowired
    StaffUsers staff;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commands.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createsATenantWithAnAdminWhoCanLogIn() {
        String name = Seed.unique("Beta Handel GmbH ");
        String email = Seed.unique("boss") + "@beta-handel.example";

        Run run = run("tenant", "create", name, "--admin-email", email);

        assertThat(run.code()).as(run.err()).isZero();
        var tenant = tenants.byName(name).orElseThrow();
        StaffUser admin = staff.byUsername(email).orElseThrow();
        assertThat(admin.tenant()).isEqualTo(tenant.id());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        Matcher password = Pattern.compile("password \\(shown only now\\): (\\S+)").matcher(run.out());
        assertThat(password.find()).isTrue();
        assertThat(HttpSession.login(port, email, password.group(1)).get("/admin/users").body()).contains(email);
    }

    @Test
    void refusesADuplicateNameAndLeavesNothingHalfMade() {
        String name = Seed.unique("Gamma ");
        assertThat(run("tenant", "create", name, "--admin-email", Seed.unique("a") + "@gamma.example").code()).isZero();
        String second = Seed.unique("b") + "@gamma.example";

        Run again = run("tenant", "create", name, "--admin-email", second);

        assertThat(again.code()).isEqualTo(1);
        assertThat(staff.byUsername(second)).isEmpty();
        assertThat(run("tenant", "create", "Delta", "--admin-email", "not-an-address").code()).isEqualTo(2);
    }
}
