package org.crmgateway.mailingest.fetch;

/** What EXAMINE told about a folder. */
public record FolderState(String name, long uidValidity, long uidNext, int messages) {
}
