/** Tenants. */
@NullMarked
package org.crmgateway.crm.tenant;

import org.jspecify.annotations.NullMarked;
