package org.crmgateway.web.page;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.crmgateway.web.credential.CredentialKind;
import org.crmgateway.web.credential.IssuedCredential;
import org.crmgateway.web.credential.PersonalCredentials;
import org.crmgateway.web.preference.UserPreference;
import org.crmgateway.web.preference.UserPreferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own settings: language and time zone, accounts with their sync, API tokens and app passwords. */
@Controller
class SettingsPages {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    private final PageUsers users;
    private final MailAccounts mailAccounts;
    private final CalendarAccounts calendarAccounts;
    private final PersonalCredentials credentials;
    private final UserPreferences preferences;
    private final AuditLog audit;

    SettingsPages(PageUsers users, MailAccounts mailAccounts, CalendarAccounts calendarAccounts,
                  PersonalCredentials credentials, UserPreferences preferences, AuditLog audit) {
        this.users = users;
        this.mailAccounts = mailAccounts;
        this.calendarAccounts = calendarAccounts;
        this.credentials = credentials;
        this.preferences = preferences;
        this.audit = audit;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        PageUser me = users.require();
        model.addAttribute("mailAccounts", mailAccounts.list(me.tenant()).stream()
                .filter(a -> me.id().equals(a.owner())).toList());
        model.addAttribute("calendarAccounts", calendarAccounts.list(me.tenant()).stream()
                .filter(a -> me.id().equals(a.owner())).toList());
        model.addAttribute("credentials", credentials.list(me.tenant(), me.id()));
        model.addAttribute("preference", me.preference());
        model.addAttribute("zones", ZONES);
        return "settings";
    }

    @PostMapping("/settings/preferences")
    String savePreferences(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String zone,
                           HttpServletRequest request, RedirectAttributes flash) {
        PageUser me = users.require();
        Locale locale = PageLocaleResolver.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
        ZoneId zoneId;
        try {
            zoneId = zone.isBlank() ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            flash.addFlashAttribute("error", "zone: " + zone);
            return "redirect:/settings";
        }
        preferences.put(me.tenant(), me.id(), new UserPreference(locale, zoneId));
        users.refresh();
        audit.record(me.tenant(), me.name(), AuditAction.PREFERENCES_CHANGED,
                "language " + (locale == null ? "browser" : locale) + ", zone " + (zoneId == null ? "UTC" : zoneId),
                request.getRemoteAddr());
        flash.addFlashAttribute("saved", true);
        return "redirect:/settings";
    }

    @PostMapping("/settings/credentials")
    String issue(@RequestParam CredentialKind kind, @RequestParam String name, HttpServletRequest request,
                 RedirectAttributes flash) {
        PageUser me = users.require();
        IssuedCredential issued = credentials.issue(me.tenant(), me.id(), kind, name);
        audit.record(me.tenant(), me.name(), AuditAction.CREDENTIAL_CREATED,
                kind + " '" + issued.credential().name() + "'", request.getRemoteAddr());
        flash.addFlashAttribute("issued", issued);
        return "redirect:/settings#credentials";
    }

    @PostMapping("/settings/credentials/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request) {
        PageUser me = users.require();
        if (!credentials.revoke(me.tenant(), me.id(), id)) {
            throw new PageErrors.NotFound();
        }
        audit.record(me.tenant(), me.name(), AuditAction.CREDENTIAL_REVOKED, "credential " + id, request.getRemoteAddr());
        return "redirect:/settings#credentials";
    }
}
