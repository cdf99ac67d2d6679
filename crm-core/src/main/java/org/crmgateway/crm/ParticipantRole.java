package org.crmgateway.crm;

/** How an address takes part in a message or a meeting. */
public enum ParticipantRole {
    FROM,
    TO,
    CC,
    BCC,
    ORGANIZER,
    ATTENDEE;

    /** The sender side: who wrote the message or called the meeting. */
    public boolean isSender() {
        return this == FROM || this == ORGANIZER;
    }
}
