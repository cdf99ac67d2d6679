package org.crmgateway.calendarsync.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A scripted CalDAV server for what Radicale never does: it answers a sync-collection without
 * token with the first object and a 507 on the collection (RFC 6578 section 3.6), and the
 * continuation from the partial token with the second object.
 */
final class TruncatingCalDavServer implements AutoCloseable {
    private final HttpServer server;
    private final String first;
    private final String second;

    TruncatingCalDavServer(String first, String second) {
        this.first = first;
        this.second = second;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cal/", this::handle);
        server.start();
    }

    URI calendar() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cal/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        if (exchange.getRequestMethod().equals("PROPFIND")) {
            answer = response("/cal/", "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
                    + "<D:supported-report-set><D:supported-report><D:report><D:sync-collection/></D:report>"
                    + "</D:supported-report></D:supported-report-set>");
        } else if (body.contains("sync-collection") && body.contains("<D:sync-token></D:sync-token>")) {
            answer = response("/cal/1.ics", "<D:getetag>\"1\"</D:getetag>")
                    + "<D:response><D:href>/cal/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status>"
                    + "</D:response><D:sync-token>partial</D:sync-token>";
        } else if (body.contains("sync-collection")) {
            answer = response("/cal/2.ics", "<D:getetag>\"2\"</D:getetag>") + "<D:sync-token>complete</D:sync-token>";
        } else {
            answer = (body.contains("/cal/1.ics") ? data("/cal/1.ics", "1", first) : "")
                    + (body.contains("/cal/2.ics") ? data("/cal/2.ics", "2", second) : "");
        }
        byte[] bytes = ("<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                + answer + "</D:multistatus>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
        exchange.sendResponseHeaders(207, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String response(String href, String props) {
        return "<D:response><D:href>" + href + "</D:href><D:propstat><D:prop>" + props
                + "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>";
    }

    private static String data(String href, String etag, String ics) {
        return response(href, "<D:getetag>\"" + etag + "\"</D:getetag><C:calendar-data>"
                + ics.replace("&", "&amp;").replace("<", "&lt;") + "</C:calendar-data>");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
