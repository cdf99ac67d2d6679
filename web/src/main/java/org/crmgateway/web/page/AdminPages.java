package org.crmgateway.web.page;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's users, matching rules and audit log (the quarantine has its own class). */
@Controller
class AdminPages {

    private final PageUsers users;
    private final StaffUsers staff;
    private final MatchingSettingsStore matching;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AdminPages(PageUsers users, StaffUsers staff, MatchingSettingsStore matching, PasswordEncoder encoder,
               AuditLog audit) {
        this.users = users;
        this.staff = staff;
        this.matching = matching;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        PageUser me = users.requireAdmin();
        model.addAttribute("staffUsers", staff.list(me.tenant()));
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String email, @RequestParam String password,
                      @RequestParam(defaultValue = "USER") Role role, HttpServletRequest request,
                      RedirectAttributes flash) {
        PageUser me = users.requireAdmin();
        if (password.length() < 10) {
            flash.addFlashAttribute("error", "password: at least 10 characters");
            return "redirect:/admin/users";
        }
        EmailAddress address = EmailAddress.parseOrNull(email);
        if (address == null) {
            flash.addFlashAttribute("error", "email: not an e-mail address");
            return "redirect:/admin/users";
        }
        try {
            StaffUser created = staff.create(me.tenant(),
                    new NewUser(username.strip(), address, List.of(), encoder.encode(password), role));
            audit.record(me.tenant(), me.name(), AuditAction.USER_CREATED,
                    "user " + created.username() + " (" + role + ")", request.getRemoteAddr());
        } catch (CrmValidationException | CrmConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/matching")
    String matching(Model model) {
        PageUser me = users.requireAdmin();
        model.addAttribute("settings", matching.get(me.tenant()));
        model.addAttribute("unknownSenderOptions", UnknownSenders.values());
        return "admin/matching";
    }

    @PostMapping("/admin/matching")
    String saveMatching(@RequestParam(defaultValue = "") String internalDomains,
                        @RequestParam(defaultValue = "") String ignoredAddresses,
                        @RequestParam(defaultValue = "") String freeMailDomains,
                        @RequestParam UnknownSenders unknownSenders, HttpServletRequest request,
                        RedirectAttributes flash) {
        PageUser me = users.requireAdmin();
        MatchingSettings old = matching.get(me.tenant());
        try {
            matching.put(me.tenant(), new MatchingSettings(lines(internalDomains), lines(ignoredAddresses),
                    lines(freeMailDomains), unknownSenders, old.sharedAddressPolicy(), old.caseSensitiveLocalPart(),
                    old.foldSubAddresses(), old.logBulkMail()));
            audit.record(me.tenant(), me.name(), AuditAction.MATCHING_RULES_CHANGED, "matching rules saved",
                    request.getRemoteAddr());
            flash.addFlashAttribute("saved", true);
        } catch (CrmValidationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/matching";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        PageUser me = users.requireAdmin();
        model.addAttribute("entries", audit.list(me.tenant(), 500));
        return "admin/audit";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
