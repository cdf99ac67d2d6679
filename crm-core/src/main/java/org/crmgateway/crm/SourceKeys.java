package org.crmgateway.crm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How edges build {@link Capture#sourceKey()}s, so that the same item always gets the same key. */
public final class SourceKeys {
    private SourceKeys() {
    }

    /** The key of a message with a Message-ID: the id without brackets, domain part lower-cased. */
    public static String ofMessageId(String messageId) {
        String id = ThreadKeys.normalise(messageId);
        if (id == null) {
            throw new IllegalArgumentException("Empty Message-ID");
        }
        int at = id.lastIndexOf('@');
        return "mid:" + (at < 0 ? id : id.substring(0, at) + id.substring(at).toLowerCase(Locale.ROOT));
    }

    /**
     * The key of a message without a Message-ID: a SHA-256 over its stable headers (Date, From,
     * To, Subject) and its body, which do not change between the copies in two mailboxes.
     */
    public static String ofStableContent(String date, String from, String to, String subject, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {date, from, to, subject}) {
                sha.update(part.strip().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(body);
            return "sha:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The key of one meeting occurrence: UID plus RECURRENCE-ID (UTC) for an occurrence of a series. */
    public static String ofMeeting(String uid, @Nullable Instant recurrenceId) {
        return "ics:" + uid + (recurrenceId == null ? "" : "|" + recurrenceId);
    }
}
