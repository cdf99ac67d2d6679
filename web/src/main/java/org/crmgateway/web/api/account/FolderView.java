package org.crmgateway.web.api.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crmgateway.crm.FolderProgress;
import org.jspecify.annotations.Nullable;

/** How far the sync of one folder (or calendar) has come; {@code updatedAt} is an extension. */
record FolderView(String name, @Nullable Long uidValidity, @Nullable Long lastUid, long messagesTotal,
                  long messagesDone, @Nullable Instant updatedAt) {

    static FolderView of(FolderProgress p) {
        return new FolderView(p.name(), p.uidValidity(), p.lastUid(), p.messagesTotal(), p.messagesDone(),
                p.updatedAt());
    }

    /** The progress reported so far, plus the configured folders the sync has not reached yet. */
    static List<FolderView> of(List<FolderProgress> progress, List<String> configured) {
        List<FolderView> views = new ArrayList<>(progress.stream().map(FolderView::of).toList());
        for (String name : configured) {
            if (views.stream().noneMatch(v -> v.name().equals(name))) {
                views.add(new FolderView(name, null, null, 0, 0, null));
            }
        }
        return views;
    }
}
