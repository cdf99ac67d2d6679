/** Items that could not be parsed, with their raw bytes, and retrying them. */
@NullMarked
package org.crmgateway.crm.quarantine;

import org.jspecify.annotations.NullMarked;
