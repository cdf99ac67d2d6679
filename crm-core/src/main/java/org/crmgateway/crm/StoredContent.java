package org.crmgateway.crm;

/** Content kept once by its SHA-256 (lower-case hex) in the {@link AttachmentStore}. */
public record StoredContent(String sha256, long size) {
}
