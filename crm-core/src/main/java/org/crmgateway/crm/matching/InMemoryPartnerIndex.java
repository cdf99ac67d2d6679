package org.crmgateway.crm.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.EmailAddress;

/** A {@link PartnerIndex} in hash maps: for unit tests and for measuring the matcher alone. */
public final class InMemoryPartnerIndex implements PartnerIndex {

    private final Map<String, List<AddressOwner>> owners = new HashMap<>();
    private final Map<String, Long> domains = new HashMap<>();
    private final Map<Long, Instant> lastActivity = new HashMap<>();

    public InMemoryPartnerIndex staff(long userId, String address) {
        return add(new AddressOwner(new EmailAddress(address), AddressOwner.Kind.STAFF, userId, null));
    }

    public InMemoryPartnerIndex person(long id, Long company, String... addresses) {
        for (String a : addresses) {
            add(new AddressOwner(new EmailAddress(a), AddressOwner.Kind.PERSON, id, company));
        }
        return this;
    }

    public InMemoryPartnerIndex companyAddress(long id, String address) {
        return add(new AddressOwner(new EmailAddress(address), AddressOwner.Kind.COMPANY, id, null));
    }

    public InMemoryPartnerIndex company(long id, String... companyDomains) {
        for (String d : companyDomains) {
            domains.put(EmailAddress.normaliseDomain(d), id);
        }
        return this;
    }

    public InMemoryPartnerIndex lastActivity(long person, Instant at) {
        lastActivity.put(person, at);
        return this;
    }

    private InMemoryPartnerIndex add(AddressOwner owner) {
        owners.computeIfAbsent(AddressKeys.baseKey(owner.address()), k -> new ArrayList<>(1)).add(owner);
        return this;
    }

    @Override
    public List<AddressOwner> owners(Collection<String> baseKeys) {
        List<AddressOwner> found = new ArrayList<>();
        for (String k : baseKeys) {
            found.addAll(owners.getOrDefault(k, List.of()));
        }
        return found;
    }

    @Override
    public Map<String, Long> companiesByDomain(Collection<String> wanted) {
        Map<String, Long> found = new HashMap<>();
        for (String d : wanted) {
            Long id = domains.get(d);
            if (id != null) {
                found.put(d, id);
            }
        }
        return found;
    }

    @Override
    public Map<Long, Instant> lastActivity(Collection<Long> persons) {
        Map<Long, Instant> found = new HashMap<>();
        for (Long p : persons) {
            Instant at = lastActivity.get(p);
            if (at != null) {
                found.put(p, at);
            }
        }
        return found;
    }
}
