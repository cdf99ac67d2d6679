package org.crmgateway.crm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A company or person the tenant does business with. */
public record Partner(PartnerId id, PartnerKind kind, String name, List<EmailAddress> emails, List<String> domains,
                      @Nullable PartnerId companyId) {
}
