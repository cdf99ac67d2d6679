package org.crmgateway.web.page;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** The user's chosen language, else the browser's best supported one (English or Ukrainian). */
@Component("localeResolver")
class PageLocaleResolver implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    private final PageUsers users;

    PageLocaleResolver(PageUsers users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = users.current().map(u -> u.preference().locale()).orElse(null);
        if (chosen != null) {
            return chosen;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language is chosen in the settings page");
    }
}
