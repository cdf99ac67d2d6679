/** Each user's own choices for the web client: language and time zone. */
@NullMarked
package org.crmgateway.web.preference;

import org.jspecify.annotations.NullMarked;
