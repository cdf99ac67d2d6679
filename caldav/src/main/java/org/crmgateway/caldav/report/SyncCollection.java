package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.prop.DavResource;
import org.crmgateway.caldav.prop.PropRequest;
import org.crmgateway.caldav.prop.SyncTokens;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ObjectQuery;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * sync-collection (RFC 6578): everything for an empty token, else what changed since the token's
 * revision, deletions as 404 responses. A token the server did not issue for this calendar
 * (another calendar, a recreated one, a future revision, garbage) is answered 403 with
 * {@code valid-sync-token}, so the client starts over; never 500, which makes Thunderbird give up.
 */
@Component
class SyncCollection implements DavReport {
    private static final int BATCH = 200;

    private final CalendarStore store;
    private final DavProperties properties;

    SyncCollection(CalendarStore store, DavProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public PropName name() {
        return PropName.dav("sync-collection");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        if (request.path().kind() != DavPath.Kind.CALENDAR) {
            throw new DavException(403, DavResponses.SUPPORTED_REPORT, "sync-collection is served on calendars");
        }
        CalendarCollection calendar = request.requireCalendar();
        String level = DavXml.child(body, DavXml.DAV, "sync-level").map(e -> e.getTextContent().strip()).orElse("1");
        if (!level.equals("1")) {
            throw new DavException(403, PropName.dav("sync-traversal-supported"), "Only sync-level 1");
        }
        String token = DavXml.child(body, DavXml.DAV, "sync-token").map(e -> e.getTextContent().strip()).orElse("");
        PropRequest wanted = PropRequest.of(body);
        if (token.isEmpty()) {
            long revision = store.revision(calendar);
            MultiStatusWriter out = DavResponses.multiStatus(response, request);
            store.forEach(calendar, ObjectQuery.all(wanted.needsData()),
                    o -> wanted.write(out, new DavResource.Object(request.user(), calendar, o), properties));
            out.syncToken(SyncTokens.of(calendar, revision));
            out.finish();
            return;
        }
        OptionalLong since = SyncTokens.revision(calendar, token);
        if (since.isEmpty()) {
            throw new DavException(403, DavResponses.VALID_SYNC_TOKEN, "Unknown sync token");
        }
        List<CalendarObject> changed = new ArrayList<>();
        long revision;
        try {
            revision = store.changes(calendar, since.getAsLong(), changed::add);
        } catch (IllegalArgumentException e) {
            throw new DavException(403, DavResponses.VALID_SYNC_TOKEN, "Sync token ahead of the calendar");
        }
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<CalendarObject> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
            Map<String, CalendarObject> withData = new HashMap<>();
            if (wanted.needsData()) {
                store.objects(calendar, batch.stream().filter(o -> !o.deleted()).map(CalendarObject::href).toList())
                        .forEach(o -> withData.put(o.href(), o));
            }
            for (CalendarObject o : batch) {
                CalendarObject current = withData.getOrDefault(o.href(), o);
                if (o.deleted() || (wanted.needsData() && !withData.containsKey(o.href()))) {
                    out.status(DavHrefs.object(request.user().username(), calendar.slug(), o.href()), 404);
                } else {
                    wanted.write(out, new DavResource.Object(request.user(), calendar, current), properties);
                }
            }
        }
        out.syncToken(SyncTokens.of(calendar, revision));
        out.finish();
    }
}
