package org.crmgateway.web.api.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/partners}: a company with domains, or a person with addresses and an optional company. */
record PartnerRequest(@NotNull PartnerKind kind, @NotBlank String name, @Nullable List<String> emails,
                      @Nullable List<String> domains, @Nullable Long companyId) {

    NewPartner toNewPartner() {
        List<EmailAddress> addresses = new ArrayList<>();
        List<String> given = emails == null ? List.of() : emails;
        for (int i = 0; i < given.size(); i++) {
            EmailAddress address = given.get(i) == null ? null : EmailAddress.parseOrNull(given.get(i));
            if (address == null) {
                throw new CrmValidationException("emails[%d]".formatted(i),
                        "'%s' is not an e-mail address".formatted(given.get(i)));
            }
            addresses.add(address);
        }
        if (companyId != null && companyId <= 0) {
            throw new CrmValidationException("companyId", "must be a partner id");
        }
        return new NewPartner(kind, name, addresses, domains == null ? List.of() : domains,
                companyId == null ? null : PartnerId.of(companyId));
    }
}
