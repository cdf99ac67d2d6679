/**
 * Importing mbox files, Maildir folders and .eml files through the same door as IMAP, with a
 * progress bar on the terminal ({@code crm-gateway import}).
 */
@NullMarked
package org.crmgateway.mailingest.archive;

import org.jspecify.annotations.NullMarked;
