package org.crmgateway.caldav.ical;

import java.util.Locale;

/** A CalDAV text-match (RFC 4791 section 9.7.5): substring match under a collation, maybe negated. */
public record TextMatch(String text, String collation, boolean negate) {
    public static final String ASCII_CASEMAP = "i;ascii-casemap";
    public static final String UNICODE_CASEMAP = "i;unicode-casemap";
    public static final String OCTET = "i;octet";

    public TextMatch {
        if (!collation.equals(ASCII_CASEMAP) && !collation.equals(UNICODE_CASEMAP) && !collation.equals(OCTET)) {
            throw new IllegalArgumentException("Unsupported collation: " + collation);
        }
    }

    public boolean matches(String value) {
        boolean contains = collation.equals(OCTET)
                ? value.contains(text)
                : value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        return contains != negate;
    }
}
