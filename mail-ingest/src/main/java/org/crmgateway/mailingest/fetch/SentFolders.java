package org.crmgateway.mailingest.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the sent folder: by SPECIAL-USE {@code \Sent} (RFC 6154), else by its usual names. */
final class SentFolders {
    static final List<String> NAMES = List.of("sent", "sent items", "sent messages", "sent mail", "[gmail]/sent mail",
            "gesendet", "gesendete objekte", "gesendete elemente", "envoyés", "éléments envoyés", "enviados",
            "elementos enviados", "inviata", "posta inviata", "verzonden", "verzonden items", "wysłane", "odeslané",
            "надіслані", "відправлені", "отправленные", "отправленные письма", "отправленные элементы", "sentmail");

    private SentFolders() {
    }

    /** One folder as LISTed: full name, hierarchy delimiter and attributes. */
    record Listed(String fullName, char delimiter, List<String> attributes) {
    }

    static Optional<String> choose(List<Listed> folders) {
        for (Listed f : folders) {
            if (f.attributes().stream().anyMatch(a -> a.equalsIgnoreCase("\\Sent"))) {
                return Optional.of(f.fullName());
            }
        }
        for (String name : NAMES) {
            for (Listed f : folders) {
                String full = f.fullName().toLowerCase(Locale.ROOT);
                String leaf = f.delimiter() == 0 ? full : full.substring(full.lastIndexOf(f.delimiter()) + 1);
                if (full.equals(name) || leaf.equals(name) || full.equals("inbox" + f.delimiter() + name)) {
                    return Optional.of(f.fullName());
                }
            }
        }
        return Optional.empty();
    }
}
