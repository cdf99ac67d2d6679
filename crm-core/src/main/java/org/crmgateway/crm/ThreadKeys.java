package org.crmgateway.crm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What links a message into a conversation (RFC 5322 section 3.6.4). Values are normalised
 * Message-IDs without angle brackets.
 */
public record ThreadKeys(@Nullable String messageId, @Nullable String inReplyTo, List<String> references) {
    public static final ThreadKeys NONE = new ThreadKeys(null, null, List.of());

    public ThreadKeys {
        messageId = normalise(messageId);
        inReplyTo = normalise(inReplyTo);
        references = references.stream().map(ThreadKeys::normalise).filter(r -> r != null).distinct().toList();
    }

    /** Strips angle brackets and white space; an empty id is no id. */
    public static @Nullable String normalise(@Nullable String id) {
        if (id == null) {
            return null;
        }
        String s = id.strip();
        if (s.startsWith("<")) {
            s = s.substring(1);
        }
        if (s.endsWith(">")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.strip();
        return s.isEmpty() || s.length() > 900 ? null : s;
    }
}
