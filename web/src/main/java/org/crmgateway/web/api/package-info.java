/**
 * The REST API of contract v1 (DESIGN.md), one sub-package per feature: {@code partner},
 * {@code activity}, {@code settings}, {@code unresolved}, {@code user}, {@code account},
 * {@code quarantine}. This package holds what they share: the JSON error body and its one
 * exception mapper ({@link org.crmgateway.web.api.ApiErrors}), and how a request learns the
 * signed-in staff user ({@link org.crmgateway.web.api.CurrentStaff}).
 */
@NullMarked
package org.crmgateway.web.api;

import org.jspecify.annotations.NullMarked;
