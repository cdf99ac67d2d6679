/**
 * {@code --demo}: an embedded IMAP server (GreenMail) seeded with a realistic mailbox, demo
 * partners and a staff user whose mailbox is registered like any other, so that a newcomer sees
 * auto-logged history at once. Active only with the {@code demo} profile. The only place besides
 * mail ingest that touches Jakarta Mail, to hand the seed messages to GreenMail.
 */
@NullMarked
package org.crmgateway.demo;

import org.jspecify.annotations.NullMarked;
