package org.crmgateway.web.page;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What could not be parsed: the reason, the raw bytes to download, and a retry after a fix. */
@Controller
class QuarantinePages {

    private final PageUsers users;
    private final Quarantine quarantine;
    private final AuditLog audit;

    QuarantinePages(PageUsers users, Quarantine quarantine, AuditLog audit) {
        this.users = users;
        this.quarantine = quarantine;
        this.audit = audit;
    }

    @GetMapping("/admin/quarantine")
    String list(Model model) {
        PageUser me = users.requireAdmin();
        model.addAttribute("entries", quarantine.list(me.tenant(), 500));
        return "admin/quarantine";
    }

    @GetMapping("/admin/quarantine/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        PageUser me = users.requireAdmin();
        QuarantinedEntry entry = quarantine.find(me.tenant(), id).orElseThrow(PageErrors.NotFound::new);
        byte[] raw = quarantine.raw(me.tenant(), id).orElseThrow(PageErrors.NotFound::new);
        String name = "quarantine-" + entry.id() + (entry.source().kind().name().startsWith("CAL") ? ".ics" : ".eml");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .body(raw);
    }

    @PostMapping("/admin/quarantine/{id}/retry")
    String retry(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        PageUser me = users.requireAdmin();
        quarantine.find(me.tenant(), id).orElseThrow(PageErrors.NotFound::new);
        quarantine.retry(me.tenant(), id);
        audit.record(me.tenant(), me.name(), AuditAction.QUARANTINE_RETRIED, "quarantine item " + id,
                request.getRemoteAddr());
        flash.addFlashAttribute("retried", id);
        return "redirect:/admin/quarantine";
    }
}
