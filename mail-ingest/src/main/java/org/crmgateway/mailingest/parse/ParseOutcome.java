package org.crmgateway.mailingest.parse;

import org.crmgateway.crm.QuarantineReason;

/** What the parser made of a message: a parsed mail, or a reason to quarantine it. */
public sealed interface ParseOutcome {

    /** The message was read; warnings may say what was repaired. */
    record Parsed(ParsedMail mail) implements ParseOutcome {
    }

    /** No trustworthy capture can be built; {@code detail} says why in plain words. */
    record Rejected(QuarantineReason reason, String detail) implements ParseOutcome {
    }
}
