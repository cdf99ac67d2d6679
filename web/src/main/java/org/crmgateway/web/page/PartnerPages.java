package org.crmgateway.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgateway.crm.ActivityPage;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Partner search and the partner page with its timeline (newest first, more on scroll). */
@Controller
class PartnerPages {

    static final int PAGE_SIZE = 25;

    private final PageUsers users;
    private final Partners partners;
    private final History history;
    private final StaffUsers staff;

    PartnerPages(PageUsers users, Partners partners, History history, StaffUsers staff) {
        this.users = users;
        this.partners = partners;
        this.history = history;
        this.staff = staff;
    }

    @GetMapping("/partners")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        PageUser me = users.require();
        String q = query.strip();
        model.addAttribute("q", q);
        model.addAttribute("results", partners.search(me.tenant(), q.length() > 200 ? q.substring(0, 200) : q, 100));
        return "partners";
    }

    @GetMapping("/partners/{id}")
    String partner(@PathVariable long id, TimelineFilter filter, Model model) {
        PageUser me = users.require();
        Partner partner = find(me, id);
        List<Partner> persons = partner.kind() == PartnerKind.COMPANY
                ? partners.persons(me.tenant(), partner.id()) : List.of();
        model.addAttribute("partner", partner);
        model.addAttribute("company", partner.companyId() == null ? null
                : partners.find(me.tenant(), partner.companyId()).orElse(null));
        model.addAttribute("persons", persons);
        model.addAttribute("staffUsers", staff.list(me.tenant()));
        model.addAttribute("filter", filter);
        addTimeline(me, partner, persons, filter, null, model);
        return "partner";
    }

    /** The next page of the timeline, loaded by htmx when its end scrolls into view. */
    @GetMapping("/partners/{id}/timeline")
    String timeline(@PathVariable long id, TimelineFilter filter, @RequestParam(required = false) @Nullable String cursor,
                    Model model) {
        PageUser me = users.require();
        Partner partner = find(me, id);
        List<Partner> persons = partner.kind() == PartnerKind.COMPANY
                ? partners.persons(me.tenant(), partner.id()) : List.of();
        model.addAttribute("partner", partner);
        model.addAttribute("filter", filter);
        addTimeline(me, partner, persons, filter, cursor, model);
        return "partner :: entries";
    }

    private Partner find(PageUser me, long id) {
        if (id <= 0) {
            throw new PageErrors.NotFound();
        }
        return partners.find(me.tenant(), PartnerId.of(id)).orElseThrow(PageErrors.NotFound::new);
    }

    private void addTimeline(PageUser me, Partner partner, List<Partner> persons, TimelineFilter filter,
                             @Nullable String cursor, Model model) {
        ZoneId zone = me.preference().zoneOrUtc();
        HistoryQuery query = new HistoryQuery(partner.id(), filter.kind(), filter.staffId(),
                filter.fromInstant(zone), filter.toInstant(zone), cursor, PAGE_SIZE);
        ActivityPage page = history.timeline(me.viewer(), query);
        Set<PartnerId> linked = new HashSet<>();
        linked.add(partner.id());
        persons.forEach(p -> linked.add(p.id()));
        Map<UserId, String> staffNames = staff.list(me.tenant()).stream()
                .collect(Collectors.toMap(StaffUser::id, StaffUser::username, (a, b) -> a));
        model.addAttribute("entries", page.items().stream().map(a -> TimelineEntry.of(a, linked, staffNames)).toList());
        model.addAttribute("next", page.next());
    }

    /**
     * The timeline's filters as they arrive from the filter form.
     *
     * @param type  EMAIL or MEETING, blank for both
     * @param staff a staff user id, null for everyone
     */
    public record TimelineFilter(@Nullable String type, @Nullable Long staff,
                          @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        public @Nullable CaptureKind kind() {
            if (type == null || type.isBlank()) {
                return null;
            }
            try {
                return CaptureKind.valueOf(type);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public @Nullable UserId staffId() {
            return staff == null || staff <= 0 ? null : UserId.of(staff);
        }

        @Nullable Instant fromInstant(ZoneId zone) {
            return from == null ? null : from.atStartOfDay(zone).toInstant();
        }

        /** The end of the chosen day: the period includes it. */
        @Nullable Instant toInstant(ZoneId zone) {
            return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** The filters as query parameters, for the next-page link. */
        public String query() {
            StringBuilder s = new StringBuilder();
            if (kind() != null) {
                s.append("&type=").append(kind());
            }
            if (staffId() != null) {
                s.append("&staff=").append(staffId());
            }
            if (from != null) {
                s.append("&from=").append(from);
            }
            if (to != null) {
                s.append("&to=").append(to);
            }
            return s.toString();
        }
    }
}
