package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/**
 * What became of one capture.
 *
 * @param activity the activity it created or joined, null when it was not logged
 */
public record CaptureOutcome(String sourceKey, Kind kind, @Nullable ActivityId activity, String reason) {

    /** The ways a capture can end. */
    public enum Kind {
        /** A new activity. */
        RECORDED,
        /** An existing activity with the same source key was updated (a meeting changed). */
        UPDATED,
        /** The activity existed already; this source was added to it (the same mail in two mailboxes). */
        ALREADY_RECORDED,
        /** Kept for a person to assign (rule 9). */
        UNRESOLVED,
        /** Not logged on purpose: internal only, all ignored, bulk, unknown with IGNORE; reason says which. */
        SKIPPED
    }
}
