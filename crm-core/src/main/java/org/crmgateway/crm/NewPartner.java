package org.crmgateway.crm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partner to create. Companies own domains; persons own addresses and may belong to a company. */
public record NewPartner(PartnerKind kind, String name, List<EmailAddress> emails, List<String> domains,
                         @Nullable PartnerId companyId) {
    public NewPartner {
        if (name.isBlank()) {
            throw new CrmValidationException("name", "must not be blank");
        }
        if (name.length() > 300) {
            throw new CrmValidationException("name", "must be at most 300 characters");
        }
        emails = List.copyOf(emails);
        domains = domains.stream().map(d -> {
            try {
                return EmailAddress.normaliseDomain(d);
            } catch (IllegalArgumentException e) {
                throw new CrmValidationException("domains", "'%s' is not a domain".formatted(d));
            }
        }).distinct().toList();
        if (kind == PartnerKind.PERSON && !domains.isEmpty()) {
            throw new CrmValidationException("domains", "only a COMPANY has domains");
        }
        if (kind == PartnerKind.COMPANY && companyId != null) {
            throw new CrmValidationException("companyId", "only a PERSON belongs to a company");
        }
    }
}
