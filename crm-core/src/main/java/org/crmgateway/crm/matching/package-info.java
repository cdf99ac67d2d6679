/** The matcher: pure rules over a batch lookup port, with JDBC and in-memory indexes, and the matching settings store. */
@NullMarked
package org.crmgateway.crm.matching;

import org.jspecify.annotations.NullMarked;
