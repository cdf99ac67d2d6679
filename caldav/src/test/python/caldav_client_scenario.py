#!/usr/bin/python3
"""Drives Debian's python3-caldav against a running CRM Gateway CalDAV server.

Usage: caldav_client_scenario.py BASE_URL USERNAME PASSWORD

Runs discovery, create, read, update with ETag, a conflicting update (expects 412),
sync (sync-collection), a time-range search and delete. Exits non-zero on the first
failed expectation.
"""
import sys
import uuid
from datetime import datetime, timezone

import caldav
import requests

base, username, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
auth = (username, password)


def step(name):
    print("STEP", name, flush=True)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def event(uid, summary):
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//python-caldav scenario//EN\r\n"
        "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20261215T140000Z\r\nDTEND:20261215T150000Z\r\nSUMMARY:%s\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, summary)
    )


step("well-known redirect")
r = requests.request("PROPFIND", base + "/.well-known/caldav", auth=auth, allow_redirects=False)
expect(r.status_code in (301, 302, 307, 308), "well-known answered %s" % r.status_code)
expect(r.headers["Location"].endswith("/dav/"), "well-known points to %s" % r.headers["Location"])

step("discovery")
client = caldav.DAVClient(url=base + "/dav/", username=username, password=password)
principal = client.principal()
expect(str(principal.url).endswith("/dav/principals/%s/" % username), "principal %s" % principal.url)
calendars = principal.calendars()
expect(any(str(c.url).endswith("/default/") for c in calendars), "no default calendar in %s" % calendars)

step("create calendar")
calendar = principal.make_calendar(name="Python client", cal_id="python-" + uuid.uuid4().hex[:8])
expect(calendar.get_properties([caldav.dav.DisplayName()])["{DAV:}displayname"] == "Python client",
       "display name not stored")

step("create event")
uid = "scenario-" + uuid.uuid4().hex
created = calendar.save_event(event(uid, "First version"))
url = str(created.url)

step("read event")
read = calendar.event_by_uid(uid)
expect("SUMMARY:First version" in read.data, "read back: %s" % read.data)
got = requests.get(url, auth=auth)
expect(got.status_code == 200, "GET %s" % got.status_code)
etag = got.headers["ETag"]
expect(etag.startswith('"'), "weak or missing ETag %s" % etag)

step("initial sync")
collection = calendar.objects(load_objects=True)
expect(any(str(o.url) == url for o in collection), "sync-collection lacks the event")
token = collection.sync_token
expect(token, "no sync token")

step("update with ETag")
updated = client.put(url, event(uid, "Second version"), {"If-Match": etag, "Content-Type": "text/calendar"})
expect(updated.status in (200, 204), "update with the current ETag answered %s" % updated.status)

step("conflicting update")
conflict = client.put(url, event(uid, "Lost update"), {"If-Match": etag, "Content-Type": "text/calendar"})
expect(conflict.status == 412, "update with a stale ETag answered %s" % conflict.status)
expect("Second version" in requests.get(url, auth=auth).text, "the conflicting update overwrote the event")

step("incremental sync")
changed, deleted = collection.sync()
expect([str(o.url) for o in changed] == [url], "sync reported %s changed" % [str(o.url) for o in changed])
expect("Second version" in list(changed)[0].data, "sync loaded stale data")
expect(collection.sync_token != token, "sync token did not move")

step("time-range search")
found = calendar.date_search(start=datetime(2026, 12, 15, tzinfo=timezone.utc),
                             end=datetime(2026, 12, 16, tzinfo=timezone.utc))
expect([str(e.url) for e in found] == [url], "date_search found %s" % found)
none = calendar.date_search(start=datetime(2027, 1, 1, tzinfo=timezone.utc),
                            end=datetime(2027, 2, 1, tzinfo=timezone.utc))
expect(len(none) == 0, "date_search outside the event found %s" % none)

step("stale sync token")
bad = requests.request("REPORT", str(calendar.url), auth=auth,
                       data='<D:sync-collection xmlns:D="DAV:"><D:sync-token>http://example.org/bogus</D:sync-token>'
                            '<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>',
                       headers={"Depth": "0", "Content-Type": "application/xml"})
expect(bad.status_code == 403, "bogus sync token answered %s" % bad.status_code)
expect("valid-sync-token" in bad.text, "403 without valid-sync-token: %s" % bad.text)

step("delete")
read = calendar.event_by_uid(uid)
read.delete()
changed, deleted = collection.sync()
expect([str(o.url) for o in deleted] == [url], "sync reported %s deleted" % [str(o.url) for o in deleted])
expect(requests.get(url, auth=auth).status_code == 404, "deleted event still served")

calendar.delete()
print("ALL STEPS PASSED", flush=True)
