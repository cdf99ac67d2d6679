/** Staff users with their addresses and aliases. */
@NullMarked
package org.crmgateway.crm.staff;

import org.jspecify.annotations.NullMarked;
