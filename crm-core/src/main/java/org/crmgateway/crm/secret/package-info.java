/** AES-GCM encryption of account secrets at rest. */
@NullMarked
package org.crmgateway.crm.secret;

import org.jspecify.annotations.NullMarked;
