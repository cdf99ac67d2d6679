package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/** Reads the recorded history; every call is scoped to the viewer's tenant and privacy. */
public interface History {

    /** A partner's timeline (a company's includes its persons'), newest first, keyset-paginated. */
    ActivityPage timeline(Viewer viewer, HistoryQuery query);

    Optional<ActivityDetail> find(Viewer viewer, ActivityId id);

    /** All activities of the thread the activity belongs to, oldest first. */
    List<ActivitySummary> thread(Viewer viewer, ActivityId id);

    /** Marks an activity private to its owner, or public again; only the owner may. */
    void setPrivate(Viewer viewer, ActivityId id, boolean privateToOwner);
}
