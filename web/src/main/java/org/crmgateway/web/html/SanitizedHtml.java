package org.crmgateway.web.html;

/**
 * Mail HTML after sanitising.
 *
 * @param blockedImages how many remote images were held back (tracking pixels among them)
 */
public record SanitizedHtml(String html, int blockedImages) {
}
