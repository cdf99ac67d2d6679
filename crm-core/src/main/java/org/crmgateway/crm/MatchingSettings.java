package org.crmgateway.crm;

import java.util.List;
import java.util.Set;

/**
 * The tenant's matching rules.
 *
 * @param internalDomains   domains of the tenant itself: never partners (rule 3)
 * @param ignoredAddresses  addresses or domains ({@code @hr.example.com} or {@code hr.example.com}) never logged (rule 4)
 * @param freeMailDomains   domains that say nothing about a company (rule 2); {@code gmx.*} matches any ending
 * @param logBulkMail       whether bulk and automatic mail is logged (rule 7; default no)
 */
public record MatchingSettings(List<String> internalDomains, List<String> ignoredAddresses, List<String> freeMailDomains,
                               UnknownSenders unknownSenders, SharedAddressPolicy sharedAddressPolicy,
                               boolean caseSensitiveLocalPart, boolean foldSubAddresses, boolean logBulkMail) {

    /** Built-in free-mail providers: the big international ones and those of Ukraine and the CIS. */
    public static final List<String> DEFAULT_FREE_MAIL_DOMAINS = List.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
            "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com", "proton.me",
            "protonmail.com", "pm.me", "tutanota.com", "tuta.io", "zoho.com", "mail.com", "gmx.*", "web.de",
            "t-online.de", "freenet.de", "orange.fr", "laposte.net", "libero.it", "seznam.cz", "wp.pl", "o2.pl",
            "interia.pl", "onet.pl", "ukr.net", "i.ua", "meta.ua", "bigmir.net", "online.ua", "email.ua",
            "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.*", "ya.ru", "rambler.ru", "tut.by", "qq.com",
            "163.com", "126.com", "naver.com", "fastmail.com", "hey.com");

    public static final MatchingSettings DEFAULT = new MatchingSettings(List.of(), List.of(), DEFAULT_FREE_MAIL_DOMAINS,
            UnknownSenders.UNRESOLVED, SharedAddressPolicy.ALL, false, false, false);

    public MatchingSettings {
        internalDomains = internalDomains.stream().map(MatchingSettings::domainSetting).distinct().toList();
        ignoredAddresses = ignoredAddresses.stream().map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> !a.isEmpty()).distinct().toList();
        freeMailDomains = freeMailDomains.stream().map(d -> d.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(d -> !d.isEmpty()).distinct().toList();
    }

    private static String domainSetting(String d) {
        try {
            return EmailAddress.normaliseDomain(d);
        } catch (IllegalArgumentException e) {
            throw new CrmValidationException("internalDomains", "'%s' is not a domain".formatted(d));
        }
    }

    /** Whether the domain is a free-mail provider (exact, or {@code name.*} for any ending). */
    public boolean isFreeMail(String asciiDomain) {
        for (String f : freeMailDomains) {
            if (f.endsWith(".*")) {
                String stem = f.substring(0, f.length() - 1);
                if (asciiDomain.startsWith(stem) && asciiDomain.indexOf('.', stem.length()) < 0) {
                    return true;
                }
            } else if (f.equals(asciiDomain)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> internalDomainSet() {
        return Set.copyOf(internalDomains);
    }
}
