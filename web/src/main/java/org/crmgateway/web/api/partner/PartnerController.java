package org.crmgateway.web.api.partner;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.TenantId;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partners: companies and persons of the signed-in user's tenant. */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private final Partners partners;
    private final CurrentStaff current;

    PartnerController(Partners partners, CurrentStaff current) {
        this.partners = partners;
        this.current = current;
    }

    @PostMapping
    ResponseEntity<PartnerResponse> create(@Valid @RequestBody PartnerRequest request) {
        Partner created = partners.create(current.user().tenant(), request.toNewPartner());
        return ResponseEntity.created(URI.create("/api/partners/" + created.id().value()))
                .body(PartnerResponse.of(created));
    }

    @GetMapping
    List<PartnerResponse> search(@RequestParam(defaultValue = "") String query,
                                 @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("limit", "must be between 1 and 500");
        }
        return partners.search(current.user().tenant(), query.strip(), limit).stream()
                .map(PartnerResponse::of).toList();
    }

    @GetMapping("/{id}")
    PartnerResponse one(@PathVariable long id) {
        return PartnerResponse.of(find(current.user().tenant(), id));
    }

    private Partner find(TenantId tenant, long id) {
        if (id <= 0) {
            throw ApiException.notFound("Partner", id);
        }
        return partners.find(tenant, PartnerId.of(id)).orElseThrow(() -> ApiException.notFound("Partner", id));
    }
}
