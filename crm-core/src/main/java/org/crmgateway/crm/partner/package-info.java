/** Companies and persons with their addresses and domains. */
@NullMarked
package org.crmgateway.crm.partner;

import org.jspecify.annotations.NullMarked;
