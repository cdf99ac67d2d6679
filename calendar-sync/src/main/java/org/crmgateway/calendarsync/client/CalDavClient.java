package org.crmgateway.calendarsync.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Reads one CalDAV account. One instance per account; thread-safe as {@link HttpClient} is.
 * Never writes: only PROPFIND and REPORT are sent.
 */
public final class CalDavClient {
    private static final Logger LOG = LoggerFactory.getLogger(CalDavClient.class);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final String authorization;
    private final Duration timeout;

    public CalDavClient(HttpClient http, String username, String password, Duration timeout) {
        this.http = http;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    /** An HTTP client for CalDAV: redirects are followed by hand, since PROPFIND must stay PROPFIND. */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Finds the calendars holding events (RFC 6764 section 6, RFC 4791 section 6.2.1): from the
     * given URL or the server's {@code /.well-known/caldav} to the principal, its
     * calendar-home-set, and the calendars in it. A URL that is itself a calendar is returned as is.
     */
    public List<CalendarCollection> discover(URI url) {
        List<URI> starts = new ArrayList<>();
        URI wellKnown = url.resolve("/.well-known/caldav");
        boolean root = url.getPath() == null || url.getPath().isEmpty() || url.getPath().equals("/");
        if (root) {
            starts.add(wellKnown);
        }
        starts.add(url);
        if (!root) {
            starts.add(wellKnown);
        }
        CalDavException last = null;
        for (URI start : starts) {
            try {
                return discoverFrom(start);
            } catch (CalDavException e) {
                if (e.status() == 401) {
                    throw e;
                }
                last = e;
            }
        }
        throw last != null ? last : new CalDavException(0, "No calendars found at " + url);
    }

    private List<CalendarCollection> discoverFrom(URI start) {
        Response here = propfind(start, 0, DavRequests.DISCOVERY_PROPS);
        MultiStatus.Resource self = here.multiStatus().responses().getFirst();
        if (isCalendar(self)) {
            return List.of(collection(here.url(), self));
        }
        String principalHref = DavXml.href(self.prop(DavXml.DAV, "current-user-principal"));
        if (principalHref == null) {
            throw new CalDavException(404, "The server at %s names no principal for this user".formatted(start));
        }
        URI principal = here.url().resolve(principalHref);
        Response principalProps = propfind(principal, 0, DavRequests.HOME_SET);
        String homeHref = DavXml.href(principalProps.multiStatus().responses().getFirst()
                .prop(DavXml.CALDAV, "calendar-home-set"));
        if (homeHref == null) {
            throw new CalDavException(404, "The user has no calendar home on the server at " + start.getHost());
        }
        URI home = principalProps.url().resolve(homeHref);
        Response members = propfind(home, 1, DavRequests.DISCOVERY_PROPS);
        List<CalendarCollection> calendars = new ArrayList<>();
        for (MultiStatus.Resource r : members.multiStatus().responses()) {
            if (isCalendar(r) && holdsEvents(r)) {
                calendars.add(collection(members.url(), r));
            }
        }
        return calendars;
    }

    /** One calendar with its current ctag and sync-token (PROPFIND depth 0); discovery leaves both out. */
    public CalendarCollection describe(URI calendar) {
        Response r = propfind(calendar, 0, DavRequests.STATE_PROPS);
        return collection(r.url(), r.multiStatus().responses().getFirst());
    }

    /**
     * The changes since {@code token} (null or empty: everything), RFC 6578 section 3.2.
     *
     * @throws InvalidSyncTokenException when the server no longer knows the token
     */
    public SyncChanges syncCollection(URI calendar, @Nullable String token) {
        HttpResponse<byte[]> response = send(calendar, "REPORT", 1, DavRequests.syncCollection(token));
        if ((response.statusCode() == 403 || response.statusCode() == 409)
                && new String(response.body(), StandardCharsets.UTF_8).contains("valid-sync-token")) {
            throw new InvalidSyncTokenException(response.statusCode());
        }
        MultiStatus ms = multiStatus(response, calendar);
        String collectionPath = calendar.getRawPath();
        List<ObjectRef> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        boolean truncated = false;
        for (MultiStatus.Resource r : ms.responses()) {
            String path = calendar.resolve(r.href()).getRawPath();
            if (samePath(path, collectionPath)) {
                truncated |= r.status() == 507;
            } else if (r.status() == 404) {
                deleted.add(path);
            } else {
                changed.add(new ObjectRef(path, r.text(DavXml.DAV, "getetag")));
            }
        }
        if (ms.syncToken() == null) {
            throw new CalDavException(0, "The calendar server sent no sync-token in its sync-collection answer");
        }
        return new SyncChanges(ms.syncToken(), changed, deleted, truncated);
    }

    /** Paths and entity tags of every calendar object (PROPFIND depth 1), for servers without sync-collection. */
    public List<ObjectRef> listObjects(URI calendar) {
        Response r = propfind(calendar, 1, DavRequests.ETAG);
        String collectionPath = r.url().getRawPath();
        List<ObjectRef> refs = new ArrayList<>();
        for (MultiStatus.Resource res : r.multiStatus().responses()) {
            String path = r.url().resolve(res.href()).getRawPath();
            if (!samePath(path, collectionPath) && res.prop(DavXml.DAV, "getetag") != null) {
                refs.add(new ObjectRef(path, res.text(DavXml.DAV, "getetag")));
            }
        }
        return refs;
    }

    /** The objects at {@code hrefs} with their data (RFC 4791 section 7.9); vanished ones are left out. */
    public List<CalendarObject> multiget(URI calendar, Collection<String> hrefs) {
        if (hrefs.isEmpty()) {
            return List.of();
        }
        MultiStatus ms = multiStatus(send(calendar, "REPORT", 1, DavRequests.multiget(hrefs)), calendar);
        List<CalendarObject> objects = new ArrayList<>();
        for (MultiStatus.Resource r : ms.responses()) {
            String data = r.text(DavXml.CALDAV, "calendar-data");
            if (r.status() / 100 == 2 && data != null) {
                objects.add(new CalendarObject(calendar.resolve(r.href()).getRawPath(), r.text(DavXml.DAV, "getetag"),
                        data));
            }
        }
        return objects;
    }

    /** Every VEVENT object with data in one calendar-query (RFC 4791 section 7.8); the benchmark's baseline. */
    public List<CalendarObject> queryAllEvents(URI calendar) {
        MultiStatus ms = multiStatus(send(calendar, "REPORT", 1, DavRequests.QUERY_EVENTS), calendar);
        List<CalendarObject> objects = new ArrayList<>();
        for (MultiStatus.Resource r : ms.responses()) {
            String data = r.text(DavXml.CALDAV, "calendar-data");
            if (data != null) {
                objects.add(new CalendarObject(calendar.resolve(r.href()).getRawPath(), r.text(DavXml.DAV, "getetag"),
                        data));
            }
        }
        return objects;
    }

    private static boolean samePath(String a, String b) {
        return stripSlash(a).equals(stripSlash(b));
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean isCalendar(MultiStatus.Resource r) {
        Element type = r.prop(DavXml.DAV, "resourcetype");
        return type != null && DavXml.child(type, DavXml.CALDAV, "calendar") != null;
    }

    /** No supported-calendar-component-set means every component type (RFC 4791 section 5.2.3). */
    private static boolean holdsEvents(MultiStatus.Resource r) {
        Element set = r.prop(DavXml.CALDAV, "supported-calendar-component-set");
        if (set == null) {
            return true;
        }
        return DavXml.children(set, DavXml.CALDAV, "comp").stream()
                .anyMatch(c -> "VEVENT".equalsIgnoreCase(c.getAttribute("name")));
    }

    private static CalendarCollection collection(URI base, MultiStatus.Resource r) {
        URI url = base.resolve(r.href());
        Element reports = r.prop(DavXml.DAV, "supported-report-set");
        boolean sync = reports != null && reports.getElementsByTagNameNS(DavXml.DAV, "sync-collection").getLength() > 0;
        return new CalendarCollection(url, url.getRawPath(), r.text(DavXml.DAV, "displayname"),
                r.text(DavXml.CALSERVER, "getctag"), r.text(DavXml.DAV, "sync-token"), sync);
    }

    private record Response(URI url, MultiStatus multiStatus) {
    }

    private Response propfind(URI url, int depth, String body) {
        URI current = url;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            HttpResponse<byte[]> response = send(current, "PROPFIND", depth, body);
            int status = response.statusCode();
            if (status / 100 == 3) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw CalDavException.forStatus(status, current.toString());
                }
                current = current.resolve(location);
                continue;
            }
            MultiStatus ms = multiStatus(response, current);
            if (ms.responses().isEmpty()) {
                throw new CalDavException(404, "The calendar server answered nothing for " + current);
            }
            return new Response(current, ms);
        }
        throw new CalDavException(0, "Too many redirects from " + url);
    }

    private static MultiStatus multiStatus(HttpResponse<byte[]> response, URI url) {
        if (response.statusCode() != 207) {
            throw CalDavException.forStatus(response.statusCode(), url.toString());
        }
        return MultiStatus.parse(response.body());
    }

    /**
     * Sends; a request that failed before any answer arrived is sent once more, since servers such
     * as Radicale close kept-alive connections the client may just be reusing. PROPFIND and REPORT
     * are safe to repeat.
     */
    private HttpResponse<byte[]> sendOnce(HttpRequest request, boolean mayRepeat)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException | ConnectException e) {
            throw e;
        } catch (IOException e) {
            if (!mayRepeat) {
                throw e;
            }
            return sendOnce(request, false);
        }
    }

    private HttpResponse<byte[]> send(URI url, String method, int depth, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Depth", Integer.toString(depth))
                .header("Content-Type", "application/xml; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<byte[]> response = sendOnce(request, true);
            LOG.debug("{} {} -> {}", method, url.getRawPath(), response.statusCode());
            return response;
        } catch (HttpTimeoutException e) {
            throw new CalDavException(0, "The calendar server at %s did not answer in time".formatted(url.getHost()), e);
        } catch (ConnectException e) {
            throw new CalDavException(0, "The calendar server at %s cannot be reached".formatted(url.getHost()), e);
        } catch (IOException e) {
            throw new CalDavException(0, "The connection to the calendar server at %s failed".formatted(url.getHost()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalDavException(0, "Calendar sync was stopped", e);
        }
    }
}
