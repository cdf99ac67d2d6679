package org.crmgateway.web.api.partner;

import java.util.List;

import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerKind;
import org.jspecify.annotations.Nullable;

/** A partner as the API shows it. */
record PartnerResponse(long id, PartnerKind kind, String name, List<String> emails, List<String> domains,
                       @Nullable Long companyId) {

    static PartnerResponse of(Partner p) {
        return new PartnerResponse(p.id().value(), p.kind(), p.name(),
                p.emails().stream().map(EmailAddress::value).toList(), p.domains(),
                p.companyId() == null ? null : p.companyId().value());
    }
}
