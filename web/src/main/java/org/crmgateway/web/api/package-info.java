/**
 * The REST API of contract v1 (DESIGN.md), one sub-package per feature: {@code partner},
 * {@code activity}, {@code settings}, {@code unresolved}, {@code user}, {@code account},
 * {@code quarantine}. This package holds what they share: the JSON error body and its one
 * exception mapper ({@link org.crmgateway.web.api.ApiErrors}), and how a request learns the
 * signed-in staff user ({@link org.crmgateway.web.api.CurrentStaff}). Exposed as the named interface
 * {@code api}, so that the security layer answers 401 and 403 with the same error body.
 */
@NamedInterface("api")
@NullMarked
package org.crmgateway.web.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
