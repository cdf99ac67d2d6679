package org.crmgateway.mailingest;

import java.util.List;
import java.util.UUID;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;

/**
 * A fresh tenant in the real core, for tests that share one database: staff user ivan
 * (ivan@example.com, a unique user name) and the company "Partner Inc" that owns partner.example.
 */
public record TestTenant(TenantId id, StaffUser ivan, Partner partner) {

    public static TestTenant create(Tenants tenants, StaffUsers users, Partners partners) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.create("t-" + suffix).id();
        StaffUser ivan = users.create(tenant, new NewUser("ivan-" + suffix, new EmailAddress("ivan@example.com"),
                List.of(), "{noop}x", Role.USER));
        Partner partner = partners.create(tenant, new NewPartner(PartnerKind.COMPANY, "Partner Inc", List.of(),
                List.of("partner.example"), null));
        return new TestTenant(tenant, ivan, partner);
    }
}
