package org.crmgateway.caldav.prop;

import static org.crmgateway.caldav.xml.PropName.caldav;
import static org.crmgateway.caldav.xml.PropName.dav;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.caldav.CalDavProperties;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.DavUser;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.PropName;
import org.crmgateway.caldav.xml.PropValue;
import org.springframework.stereotype.Component;

/**
 * The live properties of every resource kind, and the calendars' stored ones. Reading a property
 * the resource does not have gives empty: PROPFIND then answers it with a 404 propstat.
 */
@Component
public class DavProperties {
    public static final PropName RESOURCETYPE = dav("resourcetype");
    public static final PropName DISPLAYNAME = dav("displayname");
    public static final PropName GETETAG = dav("getetag");
    public static final PropName SYNC_TOKEN = dav("sync-token");
    public static final PropName CALENDAR_COLOR = new PropName(DavXml.APPLE_ICAL, "calendar-color");
    public static final PropName CALENDAR_TIMEZONE = caldav("calendar-timezone");
    public static final PropName CALENDAR_DATA = caldav("calendar-data");
    public static final PropName SUPPORTED_COMPONENTS = caldav("supported-calendar-component-set");
    public static final PropName GETCTAG = new PropName(DavXml.CALENDARSERVER, "getctag");

    /** Properties a client may not set (RFC 4918 section 15, RFC 4791 section 5.2). */
    public static final List<PropName> PROTECTED = List.of(RESOURCETYPE, GETETAG, SYNC_TOKEN, GETCTAG,
            dav("getcontenttype"), dav("getcontentlength"), dav("getlastmodified"), dav("current-user-principal"),
            dav("owner"), dav("current-user-privilege-set"), dav("supported-report-set"), dav("principal-URL"),
            caldav("calendar-home-set"), caldav("calendar-user-address-set"), caldav("supported-calendar-data"),
            caldav("max-resource-size"), CALENDAR_DATA);

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<PropName> PRIVILEGES = List.of(dav("all"), dav("read"), dav("write"), dav("write-properties"),
            dav("write-content"), dav("bind"), dav("unbind"), dav("read-current-user-privilege-set"),
            caldav("read-free-busy"));
    private static final List<PropName> CALENDAR_REPORTS = List.of(caldav("calendar-query"),
            caldav("calendar-multiget"), dav("sync-collection"), caldav("free-busy-query"));
    private static final List<PropName> PRINCIPAL_REPORTS = List.of(dav("principal-property-search"),
            dav("principal-search-property-set"), dav("expand-property"));

    private final long maxResourceSize;

    public DavProperties(CalDavProperties settings) {
        this.maxResourceSize = settings.maxResourceBytes();
    }

    /** The names allprop and propname list for the resource. */
    public List<PropName> names(DavResource resource) {
        List<PropName> names = new ArrayList<>(List.of(RESOURCETYPE, DISPLAYNAME, dav("current-user-principal"),
                dav("owner"), dav("current-user-privilege-set"), dav("supported-report-set")));
        switch (resource) {
            case DavResource.Principal p -> names.addAll(List.of(dav("principal-URL"), caldav("calendar-home-set"),
                    caldav("calendar-user-address-set"), caldav("calendar-user-type")));
            case DavResource.Calendar c -> {
                names.addAll(List.of(GETCTAG, SYNC_TOKEN, SUPPORTED_COMPONENTS, caldav("supported-calendar-data"),
                        caldav("max-resource-size"), CALENDAR_COLOR, CALENDAR_TIMEZONE));
                c.calendar().deadProperties().keySet().forEach(k -> names.add(PropName.ofClark(k)));
            }
            case DavResource.Object o -> names.addAll(List.of(GETETAG, dav("getcontenttype"),
                    dav("getlastmodified"), dav("getcontentlength")));
            default -> { }
        }
        return names;
    }

    public Optional<PropValue> get(DavResource resource, PropName name) {
        DavUser user = switch (resource) {
            case DavResource.Root r -> r.user();
            case DavResource.Principals p -> p.user();
            case DavResource.Principal p -> p.user();
            case DavResource.Home h -> h.user();
            case DavResource.Calendar c -> c.user();
            case DavResource.Object o -> o.user();
        };
        Optional<PropValue> common = common(user, resource, name);
        if (common.isPresent()) {
            return common;
        }
        return switch (resource) {
            case DavResource.Principal p -> principal(p.user(), name);
            case DavResource.Calendar c -> calendar(c, name);
            case DavResource.Object o -> object(o, name);
            default -> Optional.empty();
        };
    }

    /** Answers every requested property of a resource, split into found and not found. */
    public Map<PropName, PropValue> found(DavResource resource, List<PropName> requested, List<PropName> missing) {
        Map<PropName, PropValue> found = new LinkedHashMap<>();
        for (PropName name : requested) {
            get(resource, name).ifPresentOrElse(v -> found.put(name, v), () -> missing.add(name));
        }
        return found;
    }

    private Optional<PropValue> common(DavUser user, DavResource resource, PropName name) {
        if (!name.namespace().equals(DavXml.DAV)) {
            return Optional.empty();
        }
        return switch (name.local()) {
            case "resourcetype" -> Optional.of(PropValue.elements(switch (resource) {
                case DavResource.Principal p -> List.of(dav("collection"), dav("principal"));
                case DavResource.Calendar c -> List.of(dav("collection"), caldav("calendar"));
                case DavResource.Object o -> List.of();
                default -> List.of(dav("collection"));
            }));
            case "current-user-principal" -> Optional.of(PropValue.href(DavHrefs.principal(user.username())));
            case "principal-collection-set" -> Optional.of(PropValue.href(DavHrefs.principals()));
            case "owner" -> Optional.of(PropValue.href(DavHrefs.principal(user.username())));
            case "current-user-privilege-set" -> Optional.of(new PropValue.Content(w -> PRIVILEGES.forEach(
                    p -> w.start(dav("privilege")).empty(p).end())));
            case "supported-report-set" -> Optional.of(new PropValue.Content(w -> (resource instanceof
                    DavResource.Calendar || resource instanceof DavResource.Object ? CALENDAR_REPORTS
                    : PRINCIPAL_REPORTS).forEach(r -> w.start(dav("supported-report")).start(dav("report"))
                    .empty(r).end().end())));
            case "displayname" -> switch (resource) {
                case DavResource.Principal p -> Optional.of(PropValue.text(user.username()));
                case DavResource.Calendar c -> Optional.ofNullable(c.calendar().displayName()).map(PropValue::text);
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    private static Optional<PropValue> principal(DavUser user, PropName name) {
        if (name.equals(dav("principal-URL"))) {
            return Optional.of(PropValue.href(DavHrefs.principal(user.username())));
        }
        if (name.equals(caldav("calendar-home-set"))) {
            return Optional.of(PropValue.href(DavHrefs.home(user.username())));
        }
        if (name.equals(caldav("calendar-user-address-set"))) {
            List<String> hrefs = new ArrayList<>();
            user.addresses().forEach(a -> hrefs.add("mailto:" + a.value()));
            hrefs.add(DavHrefs.principal(user.username()));
            return Optional.of(PropValue.hrefs(hrefs));
        }
        if (name.equals(caldav("calendar-user-type"))) {
            return Optional.of(PropValue.text("INDIVIDUAL"));
        }
        return Optional.empty();
    }

    private Optional<PropValue> calendar(DavResource.Calendar resource, PropName name) {
        CalendarCollection c = resource.calendar();
        if (name.equals(GETCTAG)) {
            return Optional.of(PropValue.text(SyncTokens.ctag(c, resource.revision())));
        }
        if (name.equals(SYNC_TOKEN)) {
            return Optional.of(PropValue.text(SyncTokens.of(c, resource.revision())));
        }
        if (name.equals(SUPPORTED_COMPONENTS)) {
            return Optional.of(new PropValue.Content(w -> c.components().stream().sorted().forEach(comp ->
                    w.raw("<C:comp name=\"" + comp + "\"/>"))));
        }
        if (name.equals(caldav("supported-calendar-data"))) {
            return Optional.of(new PropValue.Content(w ->
                    w.raw("<C:calendar-data content-type=\"text/calendar\" version=\"2.0\"/>")));
        }
        if (name.equals(caldav("max-resource-size"))) {
            return Optional.of(PropValue.text(Long.toString(maxResourceSize)));
        }
        if (name.equals(CALENDAR_COLOR)) {
            return Optional.ofNullable(c.color()).map(PropValue::text);
        }
        if (name.equals(CALENDAR_TIMEZONE)) {
            return Optional.ofNullable(c.timezone()).map(PropValue::text);
        }
        return Optional.ofNullable(c.deadProperties().get(name.clark())).map(PropValue.Raw::new);
    }

    private static Optional<PropValue> object(DavResource.Object resource, PropName name) {
        var o = resource.object();
        if (name.equals(GETETAG)) {
            return Optional.of(PropValue.text(o.etag()));
        }
        if (name.equals(dav("getcontenttype"))) {
            return Optional.of(PropValue.text("text/calendar; charset=utf-8; component=" + o.component()));
        }
        if (name.equals(dav("getlastmodified"))) {
            return Optional.of(PropValue.text(HTTP_DATE.format(o.lastModified())));
        }
        if (name.equals(dav("getcontentlength")) && o.data() != null) {
            return Optional.of(PropValue.text(Integer.toString(
                    o.data().getBytes(StandardCharsets.UTF_8).length)));
        }
        if (name.equals(CALENDAR_DATA) && o.data() != null) {
            return Optional.of(PropValue.text(o.data()));
        }
        return Optional.empty();
    }
}
