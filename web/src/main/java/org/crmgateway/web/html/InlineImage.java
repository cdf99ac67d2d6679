package org.crmgateway.web.html;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/** An image part of a message that its HTML refers to by {@code cid:}. */
public record InlineImage(String mediaType, byte[] content) {

    /** Raster formats only: an SVG could carry script, even though an {@code img} would not run it. */
    private static final Set<String> EMBEDDABLE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    public boolean embeddable() {
        return EMBEDDABLE.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    String dataUri() {
        return "data:" + mediaType.toLowerCase(Locale.ROOT) + ";base64," + Base64.getEncoder().encodeToString(content);
    }
}
