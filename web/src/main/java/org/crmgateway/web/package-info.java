/**
 * The REST API (contract v1) and the thin web client over the core's queries.
 */
@ApplicationModule(allowedDependencies = "crm")
@NullMarked
package org.crmgateway.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
