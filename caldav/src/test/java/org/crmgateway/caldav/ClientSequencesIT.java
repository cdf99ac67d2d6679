package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the request sequences real clients send (src/test/resources/clients/&lt;client&gt;/*.http,
 * in file order). Each file is one request: a request line, headers, a blank line and the body;
 * {@code Expect-Status}, {@code Expect-Contains} and {@code Capture} lines steer the check and
 * are not sent. Placeholders: {user}, {calendar}, {token}, {etag}, {stale-etag}.
 */
class ClientSequencesIT extends CalDavServerIT {

    @ParameterizedTest
    @ValueSource(strings = {"apple", "thunderbird", "davx5", "evolution"})
    void clientSequencePasses(String client) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/clients/" + client).toURI());
        List<Path> steps;
        try (Stream<Path> files = Files.list(dir)) {
            steps = files.filter(f -> f.toString().endsWith(".http")).sorted().toList();
        }
        assertThat(steps).isNotEmpty();
        Map<String, String> vars = new HashMap<>(Map.of("{user}", "alice", "{calendar}", client + "-calendar"));
        for (Path step : steps) {
            run(step, vars);
        }
    }

    private void run(Path file, Map<String, String> vars) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> v : vars.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        String body = blank < 0 ? null : text.substring(blank + 2);
        String[] lines = head.split("\n");
        String[] requestLine = lines[0].strip().split(" ", 2);
        List<String> headers = new ArrayList<>();
        int expectStatus = -1;
        List<String> expectContains = new ArrayList<>();
        List<String> captures = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] h = lines[i].split(":", 2);
            String name = h[0].strip();
            String value = h[1].strip();
            switch (name) {
                case "Expect-Status" -> expectStatus = Integer.parseInt(value);
                case "Expect-Contains" -> expectContains.add(value);
                case "Capture" -> captures.add(value);
                default -> {
                    headers.add(name);
                    headers.add(value);
                }
            }
        }
        DavClient.Answer answer = alice.request(requestLine[0], requestLine[1],
                body == null || body.isBlank() ? null : body, -1, headers.toArray(String[]::new));
        assertThat(answer.status()).as("%s: %s %s answered %s", file.getFileName(), requestLine[0], requestLine[1],
                answer.body()).isEqualTo(expectStatus);
        for (String expected : expectContains) {
            assertThat(answer.body()).as("%s: body", file.getFileName()).contains(expected);
        }
        if (answer.header("Content-Type").map(t -> t.contains("xml")).orElse(false) && !answer.body().isBlank()) {
            answer.multiStatusOrError();
        }
        for (String capture : captures) {
            switch (capture) {
                case "sync-token" -> vars.put("{token}", answer.multiStatus().syncToken().orElseThrow());
                case "etag" -> {
                    if (vars.containsKey("{etag}")) {
                        vars.put("{stale-etag}", vars.get("{etag}"));
                    }
                    vars.put("{etag}", answer.header("ETag").orElseThrow());
                }
                default -> throw new IllegalArgumentException("Unknown capture " + capture);
            }
        }
    }
}
