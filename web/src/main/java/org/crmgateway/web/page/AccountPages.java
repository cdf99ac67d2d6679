package org.crmgateway.web.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewCalendarAccount;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.Visibility;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing one's own mail and calendar accounts, and their live sync progress. */
@Controller
class AccountPages {

    private final PageUsers users;
    private final MailAccounts mail;
    private final CalendarAccounts calendars;
    private final AuditLog audit;

    AccountPages(PageUsers users, MailAccounts mail, CalendarAccounts calendars, AuditLog audit) {
        this.users = users;
        this.mail = mail;
        this.calendars = calendars;
        this.audit = audit;
    }

    @PostMapping("/settings/mail-accounts")
    String addMail(@RequestParam String host, @RequestParam(defaultValue = "993") int port,
                   @RequestParam(defaultValue = "SSL") MailSecurity security, @RequestParam String username,
                   @RequestParam String password, @RequestParam(defaultValue = "") String folders,
                   @RequestParam(defaultValue = "EVERYTHING") Visibility visibility, HttpServletRequest request,
                   RedirectAttributes flash) {
        PageUser me = users.require();
        List<String> folderList = Arrays.stream(folders.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        try {
            MailAccount account = mail.register(me.tenant(), new NewMailAccount(me.id(), host.strip(), port, security,
                    username.strip(), MailAuth.PASSWORD, password, folderList, null, visibility, false));
            audit.record(me.tenant(), me.name(), AuditAction.MAIL_ACCOUNT_ADDED,
                    "mail account " + account.id() + " " + account.username() + "@" + account.host(),
                    request.getRemoteAddr());
        } catch (CrmValidationException e) {
            flash.addFlashAttribute("mailError", e.getMessage());
        }
        return "redirect:/settings#mail";
    }

    @PostMapping("/settings/mail-accounts/{id}/delete")
    String removeMail(@PathVariable long id, HttpServletRequest request) {
        PageUser me = users.require();
        MailAccount account = ownMail(me, id);
        mail.delete(me.tenant(), account.id());
        audit.record(me.tenant(), me.name(), AuditAction.MAIL_ACCOUNT_REMOVED, "mail account " + id, request.getRemoteAddr());
        return "redirect:/settings#mail";
    }

    @GetMapping("/settings/mail-accounts/{id}/progress")
    String mailProgress(@PathVariable long id, Model model) {
        PageUser me = users.require();
        MailAccount account = ownMail(me, id);
        model.addAttribute("account", account);
        model.addAttribute("kind", "mail");
        model.addAttribute("progress", SyncProgress.of(account.state(), account.lastError(), mail.folders(me.tenant(), id)));
        return "account-parts :: progress";
    }

    @PostMapping("/settings/calendar-accounts")
    String addCalendar(@RequestParam String url, @RequestParam String username, @RequestParam String password,
                       @RequestParam(defaultValue = "EVERYTHING") Visibility visibility, HttpServletRequest request,
                       RedirectAttributes flash) {
        PageUser me = users.require();
        try {
            CalendarAccount account = calendars.register(me.tenant(), new NewCalendarAccount(me.id(),
                    new URI(url.strip()), username.strip(), password, visibility, null));
            audit.record(me.tenant(), me.name(), AuditAction.CALENDAR_ACCOUNT_ADDED,
                    "calendar account " + account.id() + " " + account.url().getHost(), request.getRemoteAddr());
        } catch (CrmValidationException e) {
            flash.addFlashAttribute("calendarError", e.getMessage());
        } catch (URISyntaxException e) {
            flash.addFlashAttribute("calendarError", "url: " + e.getReason());
        }
        return "redirect:/settings#calendars";
    }

    @PostMapping("/settings/calendar-accounts/{id}/delete")
    String removeCalendar(@PathVariable long id, HttpServletRequest request) {
        PageUser me = users.require();
        CalendarAccount account = ownCalendar(me, id);
        calendars.delete(me.tenant(), account.id());
        audit.record(me.tenant(), me.name(), AuditAction.CALENDAR_ACCOUNT_REMOVED, "calendar account " + id,
                request.getRemoteAddr());
        return "redirect:/settings#calendars";
    }

    @GetMapping("/settings/calendar-accounts/{id}/progress")
    String calendarProgress(@PathVariable long id, Model model) {
        PageUser me = users.require();
        CalendarAccount account = ownCalendar(me, id);
        model.addAttribute("account", account);
        model.addAttribute("kind", "calendar");
        model.addAttribute("progress", SyncProgress.of(account.state(), account.lastError(),
                calendars.calendars(me.tenant(), id)));
        return "account-parts :: progress";
    }

    private MailAccount ownMail(PageUser me, long id) {
        return mail.find(me.tenant(), id).filter(a -> me.id().equals(a.owner())).orElseThrow(PageErrors.NotFound::new);
    }

    private CalendarAccount ownCalendar(PageUser me, long id) {
        return calendars.find(me.tenant(), id).filter(a -> me.id().equals(a.owner())).orElseThrow(PageErrors.NotFound::new);
    }
}
