/**
 * The BCC dropbox: attributes a message to the staff user who sent or forwarded it.
 */
@NullMarked
package org.crmgateway.mailingest.dropbox;

import org.jspecify.annotations.NullMarked;
