package org.crmgateway.crm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmgateway.crm.ParticipantRole.CC;
import static org.crmgateway.crm.ParticipantRole.FROM;
import static org.crmgateway.crm.ParticipantRole.TO;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MailTraits;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.matching.MatchResult.Decision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatcherTest {

    static final long STAFF_OLENA = 1;
    static final long ACME = 100;
    static final long IVAN = 101;
    static final long GLOBEX = 200;

    final InMemoryPartnerIndex index = new InMemoryPartnerIndex()
            .staff(STAFF_OLENA, "olena@firm.example")
            .staff(STAFF_OLENA, "sales@firm.example")
            .company(ACME, "acme.example")
            .person(IVAN, ACME, "ivan@acme.example")
            .company(GLOBEX, "globex.example");

    static CaptureParticipant p(String address, ParticipantRole role) {
        return CaptureParticipant.of(address, role);
    }

    static MatchingSettings settings(UnknownSenders unknown) {
        return new MatchingSettings(List.of("firm.example"), List.of(), MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS,
                unknown, SharedAddressPolicy.ALL, false, false, false);
    }

    MatchResult match(MatchingSettings s, CaptureParticipant... participants) {
        return new Matcher(s).match(MatchInput.of(List.of(participants)), index);
    }

    MatchResult match(CaptureParticipant... participants) {
        return match(settings(UnknownSenders.UNRESOLVED), participants);
    }

    @Nested
    class Rule1PersonAddress {
        @Test
        void linksThePersonAndItsCompany() {
            MatchResult r = match(p("ivan@acme.example", FROM), p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.LOG);
            assertThat(r.links()).containsExactly(Map.entry(IVAN, MatchRule.PERSON_ADDRESS),
                    Map.entry(ACME, MatchRule.PERSON_COMPANY));
            assertThat(r.participants().getFirst().partner()).isEqualTo(IVAN);
            assertThat(r.participants().getFirst().rule()).isEqualTo(MatchRule.PERSON_ADDRESS);
            assertThat(r.outbound()).isFalse();
        }

        @Test
        void anAddressKeptOnACompanyLinksTheCompany() {
            index.companyAddress(GLOBEX, "info@globex-mail.example");
            MatchResult r = match(p("info@globex-mail.example", FROM), p("olena@firm.example", TO));
            assertThat(r.links()).containsExactly(Map.entry(GLOBEX, MatchRule.PERSON_ADDRESS));
        }
    }

    @Nested
    class Rule2CompanyDomain {
        @Test
        void domainAndSubdomainLinkTheCompany() {
            assertThat(match(p("maria@acme.example", FROM), p("olena@firm.example", TO)).links())
                    .containsExactly(Map.entry(ACME, MatchRule.COMPANY_DOMAIN));
            assertThat(match(p("maria@eu.sales.acme.example", FROM), p("olena@firm.example", TO)).links())
                    .containsExactly(Map.entry(ACME, MatchRule.COMPANY_DOMAIN));
        }

        @Test
        void theLongestOwnedDomainWins() {
            index.company(300, "sales.acme.example");
            assertThat(match(p("maria@eu.sales.acme.example", FROM), p("olena@firm.example", TO)).links())
                    .containsExactly(Map.entry(300L, MatchRule.COMPANY_DOMAIN));
        }

        @Test
        void freeMailDomainsNeverLinkACompany() {
            index.company(400, "gmail.com").company(401, "gmx.de").company(402, "yandex.kz");
            for (String a : List.of("x@gmail.com", "x@gmx.de", "x@gmx.net", "x@yandex.kz", "x@ukr.net", "x@i.ua")) {
                MatchResult r = match(p(a, FROM), p("olena@firm.example", TO));
                assertThat(r.links()).as(a).isEmpty();
                assertThat(r.decision()).as(a).isEqualTo(Decision.UNRESOLVED);
            }
        }

        @Test
        void wildcardsMatchOnlyTheEnding() {
            MatchingSettings s = MatchingSettings.DEFAULT;
            assertThat(s.isFreeMail("gmx.de")).isTrue();
            assertThat(s.isFreeMail("gmx.co.uk")).isFalse();
            assertThat(s.isFreeMail("yandex.ru")).isTrue();
            assertThat(s.isFreeMail("gmxtrade.de")).isFalse();
            assertThat(s.isFreeMail("mail.yandex.ru")).isFalse();
        }
    }

    @Nested
    class Rule3Staff {
        @Test
        void staffAddressesAliasesAndInternalDomainsAreNeverPartners() {
            index.person(500, null, "olena@firm.example");
            MatchResult r = match(p("olena@firm.example", FROM), p("sales@firm.example", CC),
                    p("bob@dev.firm.example", CC), p("ivan@acme.example", TO));
            assertThat(r.participants()).extracting(MatchResult.ParticipantMatch::rule)
                    .containsExactly(MatchRule.STAFF, MatchRule.STAFF, MatchRule.STAFF, MatchRule.PERSON_ADDRESS);
            assertThat(r.links()).doesNotContainKey(500L);
            assertThat(r.outbound()).isTrue();
            assertThat(r.staffSender()).isEqualTo(STAFF_OLENA);
        }

        @Test
        void aMessageWithoutExternalParticipantIsNotLogged() {
            MatchResult r = match(p("olena@firm.example", FROM), p("bob@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.SKIP);
            assertThat(r.reason()).contains("no external participant");
        }

        @Test
        void anInternalDomainSenderWithoutUserIsOutboundWithoutStaffSender() {
            MatchResult r = match(p("bob@firm.example", FROM), p("ivan@acme.example", TO));
            assertThat(r.outbound()).isTrue();
            assertThat(r.staffSender()).isNull();
        }
    }

    @Nested
    class Rule4Ignored {
        final MatchingSettings s = new MatchingSettings(List.of("firm.example"),
                List.of("ivan@acme.example", "@hr.globex.example", "legal.example"),
                MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS, UnknownSenders.UNRESOLVED, SharedAddressPolicy.ALL,
                false, false, false);

        @Test
        void ignoredAddressesAndDomainsAreNotLinked() {
            MatchResult r = match(s, p("Ivan@ACME.example", FROM), p("x@hr.globex.example", CC),
                    p("y@eu.legal.example", CC), p("maria@globex.example", CC), p("olena@firm.example", TO));
            assertThat(r.participants()).extracting(MatchResult.ParticipantMatch::rule).containsExactly(
                    MatchRule.IGNORED, MatchRule.IGNORED, MatchRule.IGNORED, MatchRule.COMPANY_DOMAIN, MatchRule.STAFF);
            assertThat(r.links()).containsOnlyKeys(GLOBEX);
        }

        @Test
        void aMessageWhoseExternalParticipantsAreAllIgnoredIsNotLogged() {
            MatchResult r = match(s, p("ivan@acme.example", FROM), p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.SKIP);
            assertThat(r.reason()).contains("ignored");
        }
    }

    @Nested
    class Rule5UnknownSenders {
        @Test
        void unresolvedKeepsTheMessageWithItsUnknownAddresses() {
            MatchResult r = match(p("stranger@newco.example", FROM), p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.UNRESOLVED);
            assertThat(r.unknown()).extracting(Object::toString).containsExactly("stranger@newco.example");
        }

        @Test
        void ignoreDropsAMessageThatMatchesNothing() {
            MatchResult r = match(settings(UnknownSenders.IGNORE), p("stranger@newco.example", FROM),
                    p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.SKIP);
        }

        @Test
        void ignoreStillLogsWhenAnotherParticipantMatched() {
            MatchResult r = match(settings(UnknownSenders.IGNORE), p("stranger@newco.example", FROM),
                    p("ivan@acme.example", CC), p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.LOG);
            assertThat(r.links()).containsKeys(IVAN, ACME);
        }

        @Test
        void createContactAsksForAPersonAndACompanyUnlessFreeMail() {
            MatchResult r = match(settings(UnknownSenders.CREATE_CONTACT), p("stranger@newco.example", FROM),
                    p("friend@gmail.com", CC), p("olena@firm.example", TO));
            assertThat(r.decision()).isEqualTo(Decision.LOG);
            assertThat(r.toCreate()).extracting(MatchResult.NewContact::companyDomain)
                    .containsExactly("newco.example", null);
            MatchResult done = r.withCreated(Map.of("stranger@newco.example", new MatchResult.Created(900, 901L),
                    "friend@gmail.com", new MatchResult.Created(902, null)));
            assertThat(done.links()).containsExactly(Map.entry(900L, MatchRule.CREATED_CONTACT),
                    Map.entry(901L, MatchRule.CREATED_CONTACT), Map.entry(902L, MatchRule.CREATED_CONTACT));
            assertThat(done.participants().getFirst().partner()).isEqualTo(900L);
            assertThat(done.toCreate()).isEmpty();
        }
    }

    @Test
    void rule6AReplyKeepsTheThreadsPartners() {
        MatchResult r = new Matcher(settings(UnknownSenders.UNRESOLVED)).match(new MatchInput(
                List.of(p("colleague@gmail.com", FROM), p("olena@firm.example", TO)), MailTraits.PERSONAL,
                Set.of(IVAN)), index);
        assertThat(r.decision()).isEqualTo(Decision.LOG);
        assertThat(r.links()).containsExactly(Map.entry(IVAN, MatchRule.THREAD));
    }

    @Nested
    class Rule7Bulk {
        final MailTraits bulk = new MailTraits("List-Id");

        @Test
        void bulkMailIsNotLoggedByDefault() {
            MatchResult r = new Matcher(settings(UnknownSenders.UNRESOLVED)).match(new MatchInput(
                    List.of(p("news@acme.example", FROM), p("olena@firm.example", TO)), bulk, Set.of()), index);
            assertThat(r.decision()).isEqualTo(Decision.SKIP);
            assertThat(r.reason()).contains("List-Id");
        }

        @Test
        void bulkMailNeverCreatesContactsEvenWhenLogged() {
            MatchingSettings s = new MatchingSettings(List.of("firm.example"), List.of(),
                    MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS, UnknownSenders.CREATE_CONTACT, SharedAddressPolicy.ALL,
                    false, false, true);
            MatchResult unknown = new Matcher(s).match(new MatchInput(
                    List.of(p("news@newco.example", FROM), p("olena@firm.example", TO)), bulk, Set.of()), index);
            assertThat(unknown.decision()).isEqualTo(Decision.SKIP);
            assertThat(unknown.toCreate()).isEmpty();
            MatchResult known = new Matcher(s).match(new MatchInput(
                    List.of(p("news@acme.example", FROM), p("x@newco.example", CC), p("olena@firm.example", TO)),
                    bulk, Set.of()), index);
            assertThat(known.decision()).isEqualTo(Decision.LOG);
            assertThat(known.toCreate()).isEmpty();
        }
    }

    @Nested
    class Rule8SharedAddresses {
        @Test
        void allLinksEveryPersonWithTheAddress() {
            index.person(601, ACME, "office@shared.example").person(602, GLOBEX, "office@shared.example");
            MatchResult r = match(p("office@shared.example", FROM), p("olena@firm.example", TO));
            assertThat(r.links()).containsKeys(601L, 602L, ACME, GLOBEX);
        }

        @Test
        void mostRecentPicksTheLastActivePersonAndTiesByLowestId() {
            index.person(601, ACME, "office@shared.example").person(602, GLOBEX, "office@shared.example")
                    .person(603, null, "office@shared.example")
                    .lastActivity(602, Instant.parse("2026-05-01T00:00:00Z"))
                    .lastActivity(601, Instant.parse("2026-01-01T00:00:00Z"));
            MatchingSettings s = new MatchingSettings(List.of("firm.example"), List.of(),
                    MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS, UnknownSenders.UNRESOLVED,
                    SharedAddressPolicy.MOST_RECENT, false, false, false);
            assertThat(match(s, p("office@shared.example", FROM), p("olena@firm.example", TO)).links())
                    .containsOnlyKeys(602L, GLOBEX);

            InMemoryPartnerIndex neverActive = new InMemoryPartnerIndex().person(702, null, "o@s.example")
                    .person(701, null, "o@s.example");
            assertThat(new Matcher(s).match(MatchInput.of(List.of(p("o@s.example", FROM))), neverActive).links())
                    .containsOnlyKeys(701L);
        }
    }

    @Nested
    class AddressComparison {
        @Test
        void unicodeAndPunycodeDomainsAreEqual() {
            index.person(801, null, "ivan@приклад.укр");
            assertThat(match(p("IVAN@xn--80aikifvh.xn--j1amh", FROM)).links()).containsKey(801L);
            index.company(802, "xn--e1afmkfd.xn--j1amh");
            assertThat(match(p("sales@ПРИМЕР.укр", FROM)).links()).containsKey(802L);
        }

        @Test
        void localPartsAreCaseInsensitiveByDefaultAndCaseSensitiveOnRequest() {
            assertThat(match(p("IVAN@Acme.Example", FROM)).participants().getFirst().rule())
                    .isEqualTo(MatchRule.PERSON_ADDRESS);
            MatchingSettings cs = new MatchingSettings(List.of(), List.of(), MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS,
                    UnknownSenders.UNRESOLVED, SharedAddressPolicy.ALL, true, false, false);
            assertThat(match(cs, p("IVAN@acme.example", FROM)).participants().getFirst().rule())
                    .isEqualTo(MatchRule.COMPANY_DOMAIN);
            assertThat(match(cs, p("ivan@ACME.example", FROM)).participants().getFirst().rule())
                    .isEqualTo(MatchRule.PERSON_ADDRESS);
        }

        @Test
        void subAddressesFoldOnlyWhenAskedTo() {
            index.person(803, null, "petro@mail.example");
            assertThat(match(p("petro+crm@mail.example", FROM)).links()).isEmpty();
            MatchingSettings fold = new MatchingSettings(List.of(), List.of(), MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS,
                    UnknownSenders.UNRESOLVED, SharedAddressPolicy.ALL, false, true, false);
            assertThat(match(fold, p("Petro+CRM@mail.example", FROM)).links()).containsOnlyKeys(803L);
            index.person(804, null, "anna+sales@mail.example");
            assertThat(match(p("anna+sales@mail.example", FROM)).links()).containsOnlyKeys(804L);
            assertThat(match(p("anna@mail.example", FROM)).links()).isEmpty();
            assertThat(match(fold, p("anna@mail.example", FROM)).links()).containsOnlyKeys(804L);
        }

        @Test
        void anAddressTwiceInAMessageIsOneParticipantKeyAndOneLink() {
            MatchResult r = match(p("ivan@acme.example", FROM), p("IVAN@acme.example", CC), p("olena@firm.example", TO));
            assertThat(r.participants()).hasSize(3);
            assertThat(r.links()).hasSize(2);
        }
    }

    @Test
    void theIndexIsAskedInTwoBatchesPerMessage() {
        List<String> calls = new ArrayList<>();
        PartnerIndex counting = new PartnerIndex() {
            @Override
            public List<AddressOwner> owners(Collection<String> baseKeys) {
                calls.add("owners");
                return index.owners(baseKeys);
            }

            @Override
            public Map<String, Long> companiesByDomain(Collection<String> domains) {
                calls.add("domains");
                return index.companiesByDomain(domains);
            }

            @Override
            public Map<Long, Instant> lastActivity(Collection<Long> persons) {
                calls.add("last");
                return index.lastActivity(persons);
            }
        };
        List<CaptureParticipant> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(p("person" + i + "@company" + i + ".example", i == 0 ? FROM : TO));
        }
        new Matcher(settings(UnknownSenders.UNRESOLVED)).match(MatchInput.of(many), counting);
        assertThat(calls).containsExactly("owners", "domains");
    }
}
