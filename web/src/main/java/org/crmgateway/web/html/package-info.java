/**
 * Makes mail HTML safe to display: a strict OWASP allow-list, remote images held back until the
 * reader asks for them, inline ({@code cid:}) images embedded. The result is still shown only in a
 * sandboxed frame under its own Content-Security-Policy ({@link org.crmgateway.web.html.MailHtml#CSP_WITHOUT_REMOTE_IMAGES}).
 */
@NamedInterface("html")
@NullMarked
package org.crmgateway.web.html;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
