package org.crmgateway.caldav;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * What a request path names, with or without trailing slash: {@code /dav/},
 * {@code /dav/principals/{user}/}, {@code /dav/calendars/{user}/{calendar}/{object}}.
 */
public record DavPath(Kind kind, @Nullable String user, @Nullable String calendar, @Nullable String object) {

    /** The kinds of resource the server has. */
    public enum Kind { ROOT, PRINCIPALS, PRINCIPAL, HOME, CALENDAR, OBJECT, WELL_KNOWN, UNKNOWN }

    public static final String ROOT = "/dav/";

    /** @param path the request path below the context path, still percent-encoded */
    public static DavPath parse(String path) {
        if (path.equals("/.well-known/caldav") || path.equals("/.well-known/caldav/")) {
            return new DavPath(Kind.WELL_KNOWN, null, null, null);
        }
        if (!path.equals("/dav") && !path.startsWith(ROOT)) {
            return unknown();
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(Math.min(path.length(), ROOT.length())).split("/")) {
            if (!s.isEmpty()) {
                segments.add(UriUtils.decode(s, StandardCharsets.UTF_8));
            }
        }
        if (segments.isEmpty()) {
            return new DavPath(Kind.ROOT, null, null, null);
        }
        String area = segments.getFirst();
        int n = segments.size();
        if (area.equals("principals")) {
            return switch (n) {
                case 1 -> new DavPath(Kind.PRINCIPALS, null, null, null);
                case 2 -> new DavPath(Kind.PRINCIPAL, segments.get(1), null, null);
                default -> unknown();
            };
        }
        if (area.equals("calendars")) {
            return switch (n) {
                case 2 -> new DavPath(Kind.HOME, segments.get(1), null, null);
                case 3 -> new DavPath(Kind.CALENDAR, segments.get(1), segments.get(2), null);
                case 4 -> new DavPath(Kind.OBJECT, segments.get(1), segments.get(2), segments.get(3));
                default -> unknown();
            };
        }
        return unknown();
    }

    private static DavPath unknown() {
        return new DavPath(Kind.UNKNOWN, null, null, null);
    }
}
