package org.crmgateway.crm;

import java.net.IDN;
import java.util.Locale;

/**
 * An e-mail address (RFC 5322 addr-spec) as matched against partners and staff.
 *
 * <p>{@link #value()} keeps the local part as written and the domain in lower-case ASCII
 * (IDNA, RFC 5891), so that {@code Ivan@Приклад.УКР} and {@code Ivan@xn--80aikifvh.xn--j1amh}
 * have the same domain. How the local part compares (case, {@code +tag}) is the matcher's
 * setting, applied through {@link #key(boolean, boolean)}.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        value = value.strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        int at = value.lastIndexOf('@');
        if (at < 1 || at == value.length() - 1 || value.length() > 320 || containsSpaceOrControl(value)) {
            throw new IllegalArgumentException("Not an e-mail address: '%s'".formatted(value));
        }
        value = value.substring(0, at) + "@" + asciiDomain(value.substring(at + 1));
    }

    /** Parses leniently: returns null instead of throwing, for input from the wild. */
    public static EmailAddress parseOrNull(String text) {
        try {
            return new EmailAddress(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /** The domain in lower-case ASCII (punycode for internationalised names). */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /**
     * The form addresses are compared in.
     *
     * @param caseSensitiveLocalPart RFC 5321 allows case-sensitive local parts; almost no server uses them
     * @param foldSubAddress         whether {@code user+tag@d} compares equal to {@code user@d}
     */
    public String key(boolean caseSensitiveLocalPart, boolean foldSubAddress) {
        String local = localPart();
        if (foldSubAddress) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (!caseSensitiveLocalPart) {
            local = local.toLowerCase(Locale.ROOT);
        }
        return local + "@" + domain();
    }

    /** The key under the default comparison: case-insensitive local part, no sub-address folding. */
    public String key() {
        return key(false, false);
    }

    static String asciiDomain(String domain) {
        String d = domain.strip();
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        try {
            return IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a domain: '%s'".formatted(domain), e);
        }
    }

    /** Normalises a bare domain (as configured for a company) the same way addresses are. */
    public static String normaliseDomain(String domain) {
        String d = domain.strip();
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        if (d.isEmpty() || containsSpaceOrControl(d) || d.contains("@")) {
            throw new IllegalArgumentException("Not a domain: '%s'".formatted(domain));
        }
        return asciiDomain(d);
    }

    private static boolean containsSpaceOrControl(String s) {
        return s.chars().anyMatch(c -> c <= ' ' || c == 0x7f);
    }

    @Override
    public String toString() {
        return value;
    }
}
