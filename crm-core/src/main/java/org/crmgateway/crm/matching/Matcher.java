package org.crmgateway.crm.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.matching.MatchResult.Decision;
import org.crmgateway.crm.matching.MatchResult.NewContact;
import org.crmgateway.crm.matching.MatchResult.ParticipantMatch;

/**
 * Decides which partners a message or meeting concerns. Pure: no database, no Spring; everything
 * it needs to know about stored partners comes through a {@link PartnerIndex} in two batch calls.
 *
 * <p>Each participant address is classified in this order: staff (a user's address or alias, or an
 * internal domain or its subdomain: never a partner, rule 3), ignored (rule 4), a partner's address
 * (rule 1; a person also links its company; an address shared by several persons is resolved by the
 * {@link SharedAddressPolicy}, rule 8), a company's domain or parent domain unless free-mail
 * (rule 2), else unknown. Then the message: no external participant, bulk mail (unless
 * logged by setting) and all-ignored are skipped (rules 3, 7, 4); the thread's partners are kept
 * (rule 6); unknown participants follow {@link UnknownSenders} (rule 5): with nothing else linked
 * the message is UNRESOLVED (rule 9) or skipped, and CREATE_CONTACT asks for contacts, never for bulk mail.
 */
public final class Matcher {

    private final MatchingSettings settings;
    private final Set<String> ignoredAddresses = new HashSet<>();
    private final List<String> ignoredDomains = new ArrayList<>();

    public Matcher(MatchingSettings settings) {
        this.settings = settings;
        for (String entry : settings.ignoredAddresses()) {
            int at = entry.indexOf('@');
            try {
                if (at > 0) {
                    ignoredAddresses.add(new EmailAddress(entry).key(false, settings.foldSubAddresses()));
                } else {
                    ignoredDomains.add(EmailAddress.normaliseDomain(entry));
                }
            } catch (IllegalArgumentException e) {
                // an entry that is neither an address nor a domain matches nothing
            }
        }
    }

    /** The address as these settings compare it. */
    public String key(EmailAddress address) {
        return address.key(settings.caseSensitiveLocalPart(), settings.foldSubAddresses());
    }

    public MatchResult match(MatchInput input, PartnerIndex index) {
        List<CaptureParticipant> participants = input.participants();
        Map<String, List<AddressOwner>> owners = owners(participants, index);

        Map<String, Classified> byKey = new LinkedHashMap<>();
        List<String> unmatchedDomains = new ArrayList<>();
        for (CaptureParticipant p : participants) {
            String key = key(p.address());
            if (!byKey.containsKey(key)) {
                Classified c = classify(p.address(), owners.getOrDefault(key, List.of()));
                byKey.put(key, c);
                if (c.rule == MatchRule.NONE && !settings.isFreeMail(p.address().domain())) {
                    unmatchedDomains.add(p.address().domain());
                }
            }
        }
        resolveDomains(byKey, unmatchedDomains, index);
        resolveSharedAddresses(byKey, index);
        return decide(input, byKey);
    }

    private Map<String, List<AddressOwner>> owners(List<CaptureParticipant> participants, PartnerIndex index) {
        Set<String> baseKeys = new HashSet<>();
        for (CaptureParticipant p : participants) {
            baseKeys.add(AddressKeys.baseKey(p.address()));
        }
        Map<String, List<AddressOwner>> byKey = new HashMap<>();
        for (AddressOwner o : index.owners(baseKeys)) {
            byKey.computeIfAbsent(key(o.address()), k -> new ArrayList<>(1)).add(o);
        }
        return byKey;
    }

    private Classified classify(EmailAddress address, List<AddressOwner> owners) {
        Long staffUser = null;
        List<Linked> partners = new ArrayList<>(owners.size());
        for (AddressOwner o : owners) {
            if (o.kind() == AddressOwner.Kind.STAFF) {
                staffUser = staffUser == null ? o.id() : staffUser;
            } else {
                partners.add(new Linked(o.id(), o.company()));
            }
        }
        if (staffUser != null || withinAny(address.domain(), settings.internalDomains())) {
            return new Classified(MatchRule.STAFF, staffUser, List.of());
        }
        if (ignoredAddresses.contains(address.key(false, settings.foldSubAddresses()))
                || withinAny(address.domain(), ignoredDomains)) {
            return new Classified(MatchRule.IGNORED, null, List.of());
        }
        if (!partners.isEmpty()) {
            return new Classified(MatchRule.PERSON_ADDRESS, null, partners);
        }
        return new Classified(MatchRule.NONE, null, List.of());
    }

    /** Rule 2: the longest of the domain and its parents (two labels at least) that a company owns. */
    private void resolveDomains(Map<String, Classified> byKey, List<String> domains, PartnerIndex index) {
        if (domains.isEmpty()) {
            return;
        }
        Set<String> candidates = new HashSet<>();
        for (String d : domains) {
            for (String s = d; s != null; s = parent(s)) {
                if (!settings.isFreeMail(s)) {
                    candidates.add(s);
                }
            }
        }
        Map<String, Long> companies = index.companiesByDomain(candidates);
        if (companies.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Classified> e : byKey.entrySet()) {
            Classified c = e.getValue();
            if (c.rule != MatchRule.NONE) {
                continue;
            }
            String domain = e.getKey().substring(e.getKey().lastIndexOf('@') + 1);
            for (String s = domain; s != null; s = parent(s)) {
                Long company = settings.isFreeMail(s) ? null : companies.get(s);
                if (company != null) {
                    e.setValue(new Classified(MatchRule.COMPANY_DOMAIN, null, List.of(new Linked(company, null))));
                    break;
                }
            }
        }
    }

    /** Rule 8: an address owned by several persons links all of them, or the most recently active one. */
    private void resolveSharedAddresses(Map<String, Classified> byKey, PartnerIndex index) {
        if (settings.sharedAddressPolicy() != SharedAddressPolicy.MOST_RECENT) {
            return;
        }
        Set<Long> tied = new HashSet<>();
        for (Classified c : byKey.values()) {
            if (c.owners.size() > 1) {
                c.owners.forEach(o -> tied.add(o.id()));
            }
        }
        if (tied.isEmpty()) {
            return;
        }
        Map<Long, Instant> last = index.lastActivity(tied);
        for (Map.Entry<String, Classified> e : byKey.entrySet()) {
            Classified c = e.getValue();
            if (c.owners.size() > 1) {
                Linked best = null;
                for (Linked o : c.owners) {
                    if (best == null || newer(last.get(o.id()), o.id(), last.get(best.id()), best.id())) {
                        best = o;
                    }
                }
                e.setValue(new Classified(c.rule, null, List.of(best)));
            }
        }
    }

    private static boolean newer(Instant a, long aId, Instant b, long bId) {
        if (a != null && b != null && !a.equals(b)) {
            return a.isAfter(b);
        }
        if ((a == null) != (b == null)) {
            return a != null;
        }
        return aId < bId;
    }

    private MatchResult decide(MatchInput input, Map<String, Classified> byKey) {
        List<ParticipantMatch> matches = new ArrayList<>(input.participants().size());
        Map<Long, MatchRule> links = new LinkedHashMap<>();
        boolean outbound = false;
        Long staffSender = null;
        for (CaptureParticipant p : input.participants()) {
            String key = key(p.address());
            Classified c = byKey.get(key);
            Long partner = c.owners.isEmpty() ? null : c.owners.getFirst().id();
            matches.add(new ParticipantMatch(p, key, partner, c.rule));
            if (p.role().isSender() && c.rule == MatchRule.STAFF) {
                outbound = true;
                staffSender = staffSender == null ? c.staffUser : staffSender;
            }
            for (Linked o : c.owners) {
                links.putIfAbsent(o.id(), c.rule);
                if (o.company() != null) {
                    links.putIfAbsent(o.company(), MatchRule.PERSON_COMPANY);
                }
            }
        }
        List<Classified> external = byKey.values().stream().filter(c -> c.rule != MatchRule.STAFF).toList();
        boolean bulk = input.traits().isBulkOrAutomatic();
        if (external.isEmpty()) {
            return skip("no external participant", matches, outbound, staffSender);
        }
        if (bulk && !settings.logBulkMail()) {
            return skip("bulk or automatic mail (" + input.traits().bulkEvidence() + ")", matches, outbound, staffSender);
        }
        if (external.stream().allMatch(c -> c.rule == MatchRule.IGNORED)) {
            return skip("every external participant is ignored", matches, outbound, staffSender);
        }
        for (Long partner : input.threadPartners()) {
            links.putIfAbsent(partner, MatchRule.THREAD);
        }
        List<EmailAddress> unknown = new ArrayList<>();
        List<NewContact> toCreate = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParticipantMatch m : matches) {
            if (m.rule() == MatchRule.NONE && seen.add(m.key())) {
                EmailAddress a = m.participant().address();
                unknown.add(a);
                if (settings.unknownSenders() == UnknownSenders.CREATE_CONTACT && !bulk) {
                    toCreate.add(new NewContact(a, m.key(), m.participant().displayName(),
                            settings.isFreeMail(a.domain()) ? null : a.domain()));
                }
            }
        }
        if (links.isEmpty() && toCreate.isEmpty()) {
            return switch (settings.unknownSenders()) {
                case UNRESOLVED -> new MatchResult(Decision.UNRESOLVED, "no partner matched", List.copyOf(matches),
                        links, List.copyOf(unknown), List.of(), outbound, staffSender);
                case IGNORE -> skip("no partner matched (unknown senders are ignored)", matches, outbound, staffSender);
                case CREATE_CONTACT -> skip("no partner matched; bulk mail never creates contacts", matches, outbound,
                        staffSender);
            };
        }
        return new MatchResult(Decision.LOG, "", List.copyOf(matches), links, List.copyOf(unknown),
                List.copyOf(toCreate), outbound, staffSender);
    }

    private static MatchResult skip(String reason, List<ParticipantMatch> matches, boolean outbound, Long staffSender) {
        return new MatchResult(Decision.SKIP, reason, List.copyOf(matches), Map.of(), List.of(), List.of(), outbound,
                staffSender);
    }

    private static boolean withinAny(String domain, List<String> domains) {
        for (String d : domains) {
            if (domain.equals(d) || domain.endsWith("." + d) && domain.length() > d.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The parent domain with at least two labels, or null. */
    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        String rest = dot < 0 ? null : domain.substring(dot + 1);
        return rest == null || rest.indexOf('.') < 0 ? null : rest;
    }

    /** A participant address after classification; owners are the partners it links (empty for staff, ignored, none). */
    private record Classified(MatchRule rule, Long staffUser, List<Linked> owners) {
    }

    /** A partner an address links, with the company of a person. */
    private record Linked(long id, Long company) {
    }
}
