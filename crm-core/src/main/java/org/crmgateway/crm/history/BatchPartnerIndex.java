package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.matching.AddressKeys;
import org.crmgateway.crm.matching.AddressOwner;
import org.crmgateway.crm.matching.PartnerIndex;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PartnerIndex} for one batch: the owners and company domains of every address in the
 * batch are read in one query each up front, and the matcher's per-message look-ups are answered
 * from memory. A look-up outside what was read, or any after {@link #forget()} (partners were
 * created), goes to the database, so answers never differ from the database's. Last activities
 * always come from the database, after the batch's pending links are written.
 */
final class BatchPartnerIndex implements PartnerIndex {

    private final PartnerIndex database;
    private final PendingRows pending;
    private final Map<String, List<AddressOwner>> owners = new HashMap<>();
    private final Map<String, Long> companies = new HashMap<>();
    private final Set<String> domains = new HashSet<>();
    private boolean current = true;

    BatchPartnerIndex(PartnerIndex database, PendingRows pending, List<Capture> captures) {
        this.database = database;
        this.pending = pending;
        Set<String> baseKeys = new HashSet<>();
        for (Capture c : captures) {
            for (CaptureParticipant p : c.participants()) {
                baseKeys.add(AddressKeys.baseKey(p.address()));
                for (String d = p.address().domain(); d != null; d = parent(d)) {
                    domains.add(d);
                }
            }
        }
        for (String k : baseKeys) {
            owners.put(k, new ArrayList<>(1));
        }
        for (AddressOwner o : database.owners(baseKeys)) {
            owners.computeIfAbsent(AddressKeys.baseKey(o.address()), k -> new ArrayList<>(1)).add(o);
        }
        companies.putAll(database.companiesByDomain(domains));
    }

    /** Partners were created: the batch's snapshot is stale, every later look-up reads the database. */
    void forget() {
        current = false;
    }

    @Override
    public List<AddressOwner> owners(Collection<String> baseKeys) {
        if (!current || !owners.keySet().containsAll(baseKeys)) {
            return database.owners(baseKeys);
        }
        List<AddressOwner> found = new ArrayList<>();
        for (String k : baseKeys) {
            found.addAll(owners.get(k));
        }
        return found;
    }

    @Override
    public Map<String, Long> companiesByDomain(Collection<String> wanted) {
        if (!current || !domains.containsAll(wanted)) {
            return database.companiesByDomain(wanted);
        }
        Map<String, Long> found = new HashMap<>();
        for (String d : wanted) {
            Long company = companies.get(d);
            if (company != null) {
                found.put(d, company);
            }
        }
        return found;
    }

    @Override
    public Map<Long, Instant> lastActivity(Collection<Long> persons) {
        pending.flush();
        return database.lastActivity(persons);
    }

    private static @Nullable String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 || domain.indexOf('.', dot + 1) < 0 ? null : domain.substring(dot + 1);
    }
}
