package org.crmgateway.crm.matching;

import org.crmgateway.crm.EmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * Who owns an address: a staff user, a person or a company (an address such as {@code info@} kept
 * on the company itself).
 *
 * @param id      the user id for {@link Kind#STAFF}, else the partner id
 * @param company the company of a person, else null
 */
public record AddressOwner(EmailAddress address, Kind kind, long id, @Nullable Long company) {

    /** What kind of owner. */
    public enum Kind {
        STAFF,
        PERSON,
        COMPANY
    }
}
