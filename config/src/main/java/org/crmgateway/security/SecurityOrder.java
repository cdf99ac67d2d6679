package org.crmgateway.security;

/**
 * The order of the security filter chains; each matches its own part of the URL space, the first
 * match wins. A new area (the web client's pages) adds a chain with an order between these.
 */
public final class SecurityOrder {

    /** {@code /actuator/health} and {@code /error}: public. */
    public static final int HEALTH = 10;
    /** {@code /api/**}: HTTP Basic, stateless, JSON 401/403. */
    public static final int API = 20;
    /** {@code /dav/**}, {@code /.well-known/**}: HTTP Basic for calendar clients. */
    public static final int DAV = 30;
    /** Free for the web client's pages (form login, sessions). */
    public static final int PAGES = 40;
    /** Everything else: authenticated. */
    public static final int FALLBACK = 100;

    private SecurityOrder() {
    }
}
