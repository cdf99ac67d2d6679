/** The unresolved list (rule 9) and assigning its messages to partners. */
@NullMarked
package org.crmgateway.crm.unresolved;

import org.jspecify.annotations.NullMarked;
