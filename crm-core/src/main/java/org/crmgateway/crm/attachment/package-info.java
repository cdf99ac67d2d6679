/** Attachment content as files stored once per tenant by SHA-256. */
@NullMarked
package org.crmgateway.crm.attachment;

import org.jspecify.annotations.NullMarked;
