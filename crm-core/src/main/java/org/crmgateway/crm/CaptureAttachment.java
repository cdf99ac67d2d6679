package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/**
 * An attachment whose content is already in the {@link AttachmentStore} under its SHA-256.
 *
 * @param contentId the Content-ID of an inline part (images referenced by the HTML), else null
 */
public record CaptureAttachment(String fileName, String mediaType, long size, String sha256,
                                @Nullable String contentId, boolean inline) {
    public CaptureAttachment {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("Negative attachment size");
        }
    }

    public static CaptureAttachment of(StoredContent content, String fileName, String mediaType) {
        return new CaptureAttachment(fileName, mediaType, content.size(), content.sha256(), null, false);
    }
}
