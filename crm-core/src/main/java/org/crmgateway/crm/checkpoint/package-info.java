/** Source positions, written only inside the history recorder's transaction. */
@NullMarked
package org.crmgateway.crm.checkpoint;

import org.jspecify.annotations.NullMarked;
