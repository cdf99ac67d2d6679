/** Measures the core's history recorder on its own, without any mail or calendar source. */
@NullMarked
package org.crmgateway.bench.recorder;

import org.jspecify.annotations.NullMarked;
