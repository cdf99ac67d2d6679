package org.crmgateway.web.api.settings;

import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.TenantId;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's matching rules: every user may read them, only an administrator may change them. */
@RestController
@RequestMapping("/api/settings/matching")
class MatchingSettingsController {

    private final MatchingSettingsStore store;
    private final CurrentStaff current;

    MatchingSettingsController(MatchingSettingsStore store, CurrentStaff current) {
        this.store = store;
        this.current = current;
    }

    @GetMapping
    MatchingSettingsBody get() {
        return MatchingSettingsBody.of(store.get(current.user().tenant()));
    }

    @PutMapping
    MatchingSettingsBody put(@RequestBody MatchingSettingsBody body) {
        TenantId tenant = current.admin().tenant();
        MatchingSettings updated = body.applyTo(store.get(tenant));
        store.put(tenant, updated);
        return MatchingSettingsBody.of(store.get(tenant));
    }
}
