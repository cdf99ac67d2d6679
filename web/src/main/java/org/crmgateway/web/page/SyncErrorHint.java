package org.crmgateway.web.page;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Turns a sync's last error into what its owner can do about it (a message key). */
final class SyncErrorHint {

    private SyncErrorHint() {
    }

    static String keyFor(@Nullable String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        if (e.contains("auth") || e.contains("login") || e.contains("password") || e.contains("credential")
                || e.contains("401") || e.contains("403")) {
            return "hint.auth";
        }
        if (e.contains("certificate") || e.contains("ssl") || e.contains("tls") || e.contains("handshake")) {
            return "hint.tls";
        }
        if (e.contains("unknown host") || e.contains("unknownhost") || e.contains("connect") || e.contains("timed out")
                || e.contains("timeout") || e.contains("refused") || e.contains("unreachable")
                || e.contains("cannot reach") || e.contains("no answer")) {
            return "hint.connect";
        }
        if (e.contains("folder") || e.contains("mailbox") || e.contains("calendar") || e.contains("404")) {
            return "hint.folder";
        }
        return "hint.generic";
    }
}
