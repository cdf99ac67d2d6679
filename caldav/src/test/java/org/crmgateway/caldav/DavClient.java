package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tests' CalDAV client: one helper per verb that checks the status, like Radicale's
 * {@code tests/__init__.py} ({@code propfind(path, data, check=207)}).
 */
public final class DavClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;

    public DavClient(int port, String username) {
        this(port, username, TestUsers.password(username));
    }

    public DavClient(int port, String username, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer: status, headers (first value, lower-case names) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }

        public MultiStatus multiStatus() {
            return MultiStatus.parse(body);
        }

        /** Checks that an XML body is well-formed (a multistatus, an error or a report answer). */
        public void multiStatusOrError() {
            org.crmgateway.caldav.xml.DavXml.parse(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Answer request(String method, String path, String body, int expectStatus, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
            Answer answer = new Answer(r.statusCode(), h, r.body());
            if (expectStatus > 0) {
                assertThat(answer.status()).as("%s %s answered %s", method, path, answer.body()).isEqualTo(expectStatus);
            }
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer propfind(String path, String body, String depth, int expectStatus, String... headers) {
        return request("PROPFIND", path, body, expectStatus, concat(headers, "Depth", depth, "Content-Type",
                "application/xml; charset=utf-8"));
    }

    public Answer proppatch(String path, String body, int expectStatus) {
        return request("PROPPATCH", path, body, expectStatus, "Content-Type", "application/xml; charset=utf-8");
    }

    public Answer report(String path, String body, String depth, int expectStatus, String... headers) {
        return request("REPORT", path, body, expectStatus, concat(headers, "Depth", depth, "Content-Type",
                "application/xml; charset=utf-8"));
    }

    public Answer mkcalendar(String path, String body, int expectStatus) {
        return request("MKCALENDAR", path, body, expectStatus);
    }

    public Answer put(String path, String ics, int expectStatus, String... headers) {
        return request("PUT", path, ics, expectStatus, concat(headers, "Content-Type", "text/calendar; charset=utf-8"));
    }

    public Answer get(String path, int expectStatus, String... headers) {
        return request("GET", path, null, expectStatus, headers);
    }

    public Answer delete(String path, int expectStatus, String... headers) {
        return request("DELETE", path, null, expectStatus, headers);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
