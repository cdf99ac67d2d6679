/** Operator commands about tenants, run from the command line of the gateway's jar. */
@NullMarked
package org.crmgateway.tenant;

import org.jspecify.annotations.NullMarked;
