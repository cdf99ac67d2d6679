package org.crmgateway.caldav.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** How dead properties are kept in one text column: one {@code name value} line each, URL-encoded. */
final class DeadProperties {
    private DeadProperties() {
    }

    static @Nullable String encode(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(properties).forEach((name, xml) -> out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append(' ').append(URLEncoder.encode(xml, StandardCharsets.UTF_8)).append('\n'));
        return out.toString();
    }

    static Map<String, String> decode(@Nullable String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (text == null) {
            return properties;
        }
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                properties.put(URLDecoder.decode(line.substring(0, space), StandardCharsets.UTF_8),
                        URLDecoder.decode(line.substring(space + 1), StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
