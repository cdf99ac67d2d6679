package org.crmgateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running gateway: form login with its session cookie and CSRF
 * token for pages, Basic or Bearer for the API and CalDAV. Redirects are not followed, so tests
 * see them.
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf = "";

    private HttpSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpSession anonymous(int port) {
        return new HttpSession("http://127.0.0.1:" + port);
    }

    /** Logs in through the login form; the returned session carries the cookie and a CSRF token. */
    public static HttpSession login(int port, String username, String password) {
        HttpSession s = new HttpSession("http://127.0.0.1:" + port);
        HttpResponse<String> result = s.formLogin(username, password);
        if (result.statusCode() != 302 || !result.headers().firstValue("Location").orElse("").endsWith("/partners")) {
            throw new IllegalStateException("Login of " + username + " failed: " + result.statusCode() + " "
                    + result.headers().firstValue("Location").orElse(""));
        }
        s.refreshCsrf("/settings");
        return s;
    }

    public HttpResponse<String> formLogin(String username, String password) {
        refreshCsrf("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    private void refreshCsrf(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form POST with the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with {@code Authorization: Basic}. */
    public HttpResponse<String> basic(String method, String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A request with {@code Authorization: Bearer}. */
    public HttpResponse<String> bearer(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
