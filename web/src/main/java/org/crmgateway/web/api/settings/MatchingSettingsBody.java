package org.crmgateway.web.api.settings;

import java.util.List;

import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.UnknownSenders;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's matching rules as {@code PUT /api/settings/matching} takes them and
 * {@code GET} returns them. In a PUT, a field left out keeps its current value.
 * {@code sharedAddressPolicy}, {@code caseSensitiveLocalPart}, {@code foldSubAddresses} and
 * {@code logBulkMail} are extensions of contract v1.
 */
record MatchingSettingsBody(@Nullable List<String> internalDomains, @Nullable List<String> ignoredAddresses,
                            @Nullable List<String> freeMailDomains, @Nullable UnknownSenders unknownSenders,
                            @Nullable SharedAddressPolicy sharedAddressPolicy, @Nullable Boolean caseSensitiveLocalPart,
                            @Nullable Boolean foldSubAddresses, @Nullable Boolean logBulkMail) {

    static MatchingSettingsBody of(MatchingSettings s) {
        return new MatchingSettingsBody(s.internalDomains(), s.ignoredAddresses(), s.freeMailDomains(),
                s.unknownSenders(), s.sharedAddressPolicy(), s.caseSensitiveLocalPart(), s.foldSubAddresses(),
                s.logBulkMail());
    }

    MatchingSettings applyTo(MatchingSettings current) {
        return new MatchingSettings(
                internalDomains == null ? current.internalDomains() : internalDomains,
                ignoredAddresses == null ? current.ignoredAddresses() : ignoredAddresses,
                freeMailDomains == null ? current.freeMailDomains() : freeMailDomains,
                unknownSenders == null ? current.unknownSenders() : unknownSenders,
                sharedAddressPolicy == null ? current.sharedAddressPolicy() : sharedAddressPolicy,
                caseSensitiveLocalPart == null ? current.caseSensitiveLocalPart() : caseSensitiveLocalPart,
                foldSubAddresses == null ? current.foldSubAddresses() : foldSubAddresses,
                logBulkMail == null ? current.logBulkMail() : logBulkMail);
    }
}
