package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/** An attachment of an activity; its content is read from {@link AttachmentStore} by digest. */
public record ActivityAttachment(long id, String fileName, String mediaType, long size, String sha256,
                                 @Nullable String contentId, boolean inline) {
}
