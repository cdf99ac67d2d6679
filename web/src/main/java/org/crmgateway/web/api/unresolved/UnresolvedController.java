package org.crmgateway.web.api.unresolved;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Unresolved;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unresolved list (matcher rule 9) and assigning a message of it to a partner. */
@RestController
@RequestMapping("/api/unresolved")
class UnresolvedController {

    /** {@code POST /api/unresolved/{id}/assign}. */
    record AssignRequest(@NotNull @Positive Long partnerId) {
    }

    /** How many unresolved messages the assignment resolved (the message and others of the same addresses). */
    record AssignResult(int resolved) {
    }

    private final Unresolved unresolved;
    private final Partners partners;
    private final CurrentStaff current;

    UnresolvedController(Unresolved unresolved, Partners partners, CurrentStaff current) {
        this.unresolved = unresolved;
        this.partners = partners;
        this.current = current;
    }

    @GetMapping
    List<UnresolvedView> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit", "must be between 1 and 1000");
        }
        return unresolved.list(current.user().tenant(), limit).stream().map(UnresolvedView::of).toList();
    }

    @PostMapping("/{id}/assign")
    AssignResult assign(@PathVariable long id, @Valid @RequestBody AssignRequest request) {
        TenantId tenant = current.user().tenant();
        PartnerId partner = PartnerId.of(request.partnerId());
        if (partners.find(tenant, partner).isEmpty()) {
            throw ApiException.badRequest("partnerId", "is not a partner of this tenant");
        }
        if (id <= 0) {
            throw ApiException.notFound("Unresolved message", id);
        }
        return new AssignResult(unresolved.assign(tenant, id, partner));
    }
}
