/**
 * Reading IMAP mailboxes strictly read-only (EXAMINE, BODY.PEEK[]): connection, folder discovery, batched
 * and streamed fetch, IDLE. The only package that uses Jakarta Mail and Angus.
 */
@NullMarked
package org.crmgateway.mailingest.fetch;

import org.jspecify.annotations.NullMarked;
