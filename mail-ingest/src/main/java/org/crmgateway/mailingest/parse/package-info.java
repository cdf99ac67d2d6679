/**
 * MIME parsing with mime4j: headers (RFC 2047, RFC 2231, address groups, Cyrillic and other charsets),
 * bodies, snippets, attachments streamed into the attachment store, bulk evidence. Bad input becomes a
 * rejection with a reason, never an exception.
 */
@NullMarked
package org.crmgateway.mailingest.parse;

import org.jspecify.annotations.NullMarked;
