/** Portable JDBC conversions shared by the stores (instants as UTC timestamps, lists as lines). */
@NullMarked
package org.crmgateway.crm.db;

import org.jspecify.annotations.NullMarked;
