package org.crmgateway.mailingest.sync;

import java.util.Optional;

/** The position in an IMAP folder, stored as {@code "uidvalidity:lastUid"} with the activities it covers. */
public record UidCheckpoint(long uidValidity, long lastUid) {

    public static Optional<UidCheckpoint> parse(String position) {
        int colon = position.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UidCheckpoint(Long.parseLong(position.substring(0, colon)),
                    Long.parseLong(position.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String position() {
        return uidValidity + ":" + lastUid;
    }
}
