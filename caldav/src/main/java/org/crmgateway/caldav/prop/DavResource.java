package org.crmgateway.caldav.prop;

import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavUser;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;

/** The kinds of resource PROPFIND and REPORT describe, each with its href. */
public sealed interface DavResource {

    String href();

    /** {@code /dav/}: the entry point clients are given; points to the user's principal. */
    record Root(DavUser user) implements DavResource {
        public String href() {
            return DavPath.ROOT;
        }
    }

    /** {@code /dav/principals/}. */
    record Principals(DavUser user) implements DavResource {
        public String href() {
            return DavHrefs.principals();
        }
    }

    /** {@code /dav/principals/{user}/}. */
    record Principal(DavUser user) implements DavResource {
        public String href() {
            return DavHrefs.principal(user.username());
        }
    }

    /** {@code /dav/calendars/{user}/}: the calendar home. */
    record Home(DavUser user) implements DavResource {
        public String href() {
            return DavHrefs.home(user.username());
        }
    }

    /** {@code /dav/calendars/{user}/{calendar}/}. */
    record Calendar(DavUser user, CalendarCollection calendar, long revision) implements DavResource {
        public String href() {
            return DavHrefs.calendar(user.username(), calendar.slug());
        }
    }

    /** {@code /dav/calendars/{user}/{calendar}/{object}}. */
    record Object(DavUser user, CalendarCollection calendar, CalendarObject object) implements DavResource {
        public String href() {
            return DavHrefs.object(user.username(), calendar.slug(), object.href());
        }
    }
}
