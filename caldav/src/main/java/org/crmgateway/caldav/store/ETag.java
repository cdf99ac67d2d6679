package org.crmgateway.caldav.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags (RFC 9110 section 8.8.3): a hash of the stored bytes, quoted. */
public final class ETag {
    private ETag() {
    }

    public static String of(String data) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Whether an If-Match list ({@code "a", "b"}) names the entity tag; weak tags never match. */
    public static boolean matches(String ifMatchHeader, String etag) {
        for (String candidate : ifMatchHeader.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
