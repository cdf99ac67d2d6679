package org.crmgateway.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far the sync of one folder (or calendar) has come, for the progress display.
 *
 * @param name           folder name or calendar href
 * @param uidValidity    IMAP UIDVALIDITY; null for calendars
 * @param lastUid        the last UID recorded; null for calendars
 * @param messagesTotal  items to read in the current pass
 * @param messagesDone   items read so far in the current pass
 * @param startedAt      when the current pass began, for rate and ETA
 */
public record FolderProgress(String name, @Nullable Long uidValidity, @Nullable Long lastUid, long messagesTotal,
                             long messagesDone, @Nullable Instant startedAt, Instant updatedAt) {
}
