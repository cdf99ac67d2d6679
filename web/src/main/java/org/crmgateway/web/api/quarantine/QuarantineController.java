package org.crmgateway.web.api.quarantine;

import java.util.List;

import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.TenantId;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What could not be parsed, and why; retrying asks the owning module to parse it again. The raw
 * bytes (an extension of contract v1) are for administrators only: they hold whole messages.
 */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

    private final Quarantine quarantine;
    private final CurrentStaff current;

    QuarantineController(Quarantine quarantine, CurrentStaff current) {
        this.quarantine = quarantine;
        this.current = current;
    }

    @GetMapping
    List<QuarantineView> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit", "must be between 1 and 1000");
        }
        return quarantine.list(current.user().tenant(), limit).stream().map(QuarantineView::of).toList();
    }

    @GetMapping("/{id}")
    QuarantineView one(@PathVariable long id) {
        return quarantine.find(current.user().tenant(), id).map(QuarantineView::of)
                .orElseThrow(() -> ApiException.notFound("Quarantined item", id));
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<QuarantineView> retry(@PathVariable long id) {
        TenantId tenant = current.user().tenant();
        QuarantineView item = one(id);
        quarantine.retry(tenant, id);
        return ResponseEntity.accepted().body(item);
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        TenantId tenant = current.admin().tenant();
        byte[] raw = quarantine.raw(tenant, id).orElseThrow(() -> ApiException.notFound("Quarantined item", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("quarantine-" + id + ".raw").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }
}
