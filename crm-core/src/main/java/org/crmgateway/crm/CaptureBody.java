package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/**
 * The readable content of a capture. HTML is stored as received and sanitised only at display.
 *
 * @param text    plain text (or text derived from HTML)
 * @param html    the HTML alternative as received, if any
 * @param snippet the new text of the message, without quoted reply and signature
 * @param note    what the gateway noticed while reading (for example "body over 50 MB, not stored")
 */
public record CaptureBody(@Nullable String text, @Nullable String html, @Nullable String snippet,
                          @Nullable String note) {
    public static final CaptureBody EMPTY = new CaptureBody(null, null, null, null);

    public static CaptureBody ofText(String text) {
        return new CaptureBody(text, null, null, null);
    }
}
