package org.crmgateway.crm.matching;

import org.crmgateway.crm.EmailAddress;

/**
 * The comparison keys stored next to every address. {@link #addressKey} (local part lower-cased)
 * is what must be unique; {@link #baseKey} (also without {@code +tag}) is the coarsest form, so a
 * lookup by base key finds every candidate and the matcher refines by its settings.
 */
public final class AddressKeys {

    private AddressKeys() {
    }

    public static String addressKey(EmailAddress address) {
        return address.key(false, false);
    }

    public static String baseKey(EmailAddress address) {
        return address.key(false, true);
    }
}
