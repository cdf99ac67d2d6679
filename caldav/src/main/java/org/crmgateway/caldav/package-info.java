/**
 * The CalDAV server (RFC 4791) that calendar clients talk to; meetings written here become
 * captures of the core.
 */
@ApplicationModule(allowedDependencies = {"crm", "calendarsync :: ical"})
@NullMarked
package org.crmgateway.caldav;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
