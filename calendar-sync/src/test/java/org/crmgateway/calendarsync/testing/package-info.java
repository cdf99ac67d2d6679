/** Test fixtures shared with the benchmarks: a Radicale server started on loopback. */
@NullMarked
package org.crmgateway.calendarsync.testing;

import org.jspecify.annotations.NullMarked;
