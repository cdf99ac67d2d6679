package org.crmgateway.caldav;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.ObjectWriteException;
import org.crmgateway.caldav.xml.PropName;
import org.crmgateway.caldav.xml.XmlWriter;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The CalDAV server's one entry point: finds the user the security layer authenticated,
 * resolves the path once (own resources only), reads the body within the size limit,
 * dispatches on the method name and turns every failure into a status in one place.
 */
@Component
public class CalDavEndpoint extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(CalDavEndpoint.class);

    private final transient Map<String, DavMethod> methods;
    private final transient StaffUsers staff;
    private final transient Calendars calendars;
    private final CalDavProperties settings;

    CalDavEndpoint(List<DavMethod> methods, StaffUsers staff, Calendars calendars, CalDavProperties settings) {
        this.methods = methods.stream().collect(Collectors.toUnmodifiableMap(DavMethod::name, Function.identity()));
        this.staff = staff;
        this.calendars = calendars;
        this.settings = settings;
    }

    @Override
    protected void service(HttpServletRequest http, HttpServletResponse response) throws IOException {
        response.setHeader("DAV", DavResponses.DAV_HEADER);
        String method = http.getMethod().toUpperCase(Locale.ROOT);
        DavPath path = DavPath.parse(http.getRequestURI().substring(http.getContextPath().length()));
        if (path.kind() == DavPath.Kind.WELL_KNOWN) {
            // RFC 6764 section 5; some clients (TbSync) ask with PROPFIND, so every method is redirected.
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", http.getContextPath() + DavPath.ROOT);
            return;
        }
        DavMethod handler = methods.get(method);
        if (handler == null) {
            response.setHeader("Allow", DavResponses.ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            DavUser user = user(http);
            if (user == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CRM Gateway\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            DavRequest request = new DavRequest(http, user, path, calendarOf(user, path), body(http));
            LOG.debug("{} {} for user {}", method, path.kind(), user.id());
            handler.handle(request, response);
        } catch (DavException e) {
            answer(response, e);
        } catch (ObjectWriteException e) {
            answer(response, switch (e.reason()) {
                case PRECONDITION_FAILED -> new DavException(412, "Precondition failed");
                case UID_CONFLICT -> new DavException(403, DavResponses.NO_UID_CONFLICT, e.href(), "UID in use");
                case NOT_FOUND -> new DavException(404, "Not found");
                case EXISTS -> new DavException(405, DavResponses.RESOURCE_MUST_BE_NULL, "Exists already");
            });
        } catch (RuntimeException e) {
            LOG.error("{} on {} failed", method, path.kind(), e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private @Nullable DavUser user(HttpServletRequest http) {
        String username = http.getRemoteUser();
        if (username == null) {
            return null;
        }
        return staff.byUsername(username).filter(StaffUser::enabled).map(u -> {
            List<EmailAddress> addresses = new ArrayList<>();
            addresses.add(u.email());
            addresses.addAll(u.aliases());
            return new DavUser(u.tenant(), u.id(), u.username(), addresses);
        }).orElse(null);
    }

    /** Checks that the path is the user's own, and finds the calendar it lies in. */
    private @Nullable CalendarCollection calendarOf(DavUser user, DavPath path) {
        if (path.kind() == DavPath.Kind.UNKNOWN) {
            throw new DavException(404, "No such resource");
        }
        if (path.user() != null && !path.user().equals(user.username())) {
            throw new DavException(403, DavResponses.NEED_PRIVILEGES, "Not your calendar");
        }
        if (path.user() != null) {
            calendars.ensureDefault(user);
        }
        return path.calendar() == null ? null : calendars.find(user, path.calendar()).orElse(null);
    }

    private byte[] body(HttpServletRequest http) throws IOException {
        long declared = http.getContentLengthLong();
        if (declared > settings.maxRequestBytes()) {
            throw new DavException(413, "Request body too large");
        }
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxRequestBytes() + 1));
            if (body.length > settings.maxRequestBytes()) {
                throw new DavException(413, "Request body too large");
            }
            return body;
        }
    }

    private static void answer(HttpServletResponse response, DavException e) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("Error {} after the answer started: {}", e.status(), e.getMessage());
            return;
        }
        response.resetBuffer();
        PropName precondition = e.precondition();
        if (precondition == null) {
            response.setStatus(e.status());
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write(e.getMessage() == null ? "" : e.getMessage().replaceAll("[\\r\\n]", " "));
            return;
        }
        XmlWriter xml = DavResponses.xml(response, e.status());
        xml.root(PropName.dav("error"));
        if (e.preconditionHref() != null) {
            xml.start(precondition).element(PropName.dav("href"), e.preconditionHref()).end();
        } else {
            xml.empty(precondition);
        }
        xml.end().flush();
    }
}
