package org.crmgateway.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crmgateway.crm.ActivityAttachment;
import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityParticipant;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.Direction;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.History;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Unresolved;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API's error mapping and response shapes, with the core mocked; only the API's own beans are loaded. */
@WebMvcTest(useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crmgateway\\.web\\.api\\..*"))
@WithMockUser("admin")
class ApiSliceIT {

    private static final TenantId TENANT = TenantId.of(1);
    private static final StaffUser ADMIN = new StaffUser(UserId.of(1), TENANT, "admin",
            new EmailAddress("admin@northbridge.example"), List.of(), Role.ADMIN, "{noop}x", true);
    private static final StaffUser OLENA = new StaffUser(UserId.of(2), TENANT, "olena",
            new EmailAddress("olena@northbridge.example"), List.of(), Role.USER, "{noop}x", true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffUsers staffUsers;
    @MockitoBean
    Partners partners;
    @MockitoBean
    History history;
    @MockitoBean
    AttachmentStore attachmentStore;
    @MockitoBean
    MatchingSettingsStore matchingSettings;
    @MockitoBean
    Unresolved unresolved;
    @MockitoBean
    MailAccounts mailAccounts;
    @MockitoBean
    CalendarAccounts calendarAccounts;
    @MockitoBean
    Quarantine quarantine;
    @MockitoBean
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void users() {
        when(staffUsers.byUsername("admin")).thenReturn(Optional.of(ADMIN));
        when(staffUsers.byUsername("olena")).thenReturn(Optional.of(OLENA));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void createdPartnerAnswers201WithLocationAndId() throws Exception {
        when(partners.create(eq(TENANT), any())).thenReturn(new Partner(PartnerId.of(42), PartnerKind.COMPANY,
                "Acme Logistics", List.of(), List.of("acme-logistics.example"), null));
        mvc.perform(json(post("/api/partners"))
                        .content("{\"kind\":\"COMPANY\",\"name\":\"Acme Logistics\",\"domains\":[\"acme-logistics.example\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/partners/42"))
                .andExpect(jsonPath("$.id").value(42))
                .andExpect(jsonPath("$.domains[0]").value("acme-logistics.example"));
    }

    @Test
    void missingNameIsA400NamingTheField() throws Exception {
        mvc.perform(json(post("/api/partners")).content("{\"kind\":\"PERSON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value("name"));
    }

    @Test
    void wrongEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        mvc.perform(json(post("/api/partners")).content("{\"kind\":\"ROBOT\",\"name\":\"R2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.message").value(containsString("COMPANY, PERSON")));
    }

    @Test
    void invalidAddressNamesTheListElement() throws Exception {
        mvc.perform(json(post("/api/partners"))
                        .content("{\"kind\":\"PERSON\",\"name\":\"Maria\",\"emails\":[\"ok@acme.example\",\"no address\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("emails[1]"));
    }

    @Test
    void malformedJsonIsA400WithoutInternals() throws Exception {
        mvc.perform(json(post("/api/partners")).content("{\"kind\": COMPANY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Malformed JSON")))
                .andExpect(jsonPath("$.message").value(not(containsString("tools.jackson"))));
    }

    @Test
    void nonNumericIdIsA400NamingTheParameter() throws Exception {
        mvc.perform(json(get("/api/partners/abc")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void unknownPartnerIsA404() throws Exception {
        when(partners.find(TENANT, PartnerId.of(999))).thenReturn(Optional.empty());
        mvc.perform(json(get("/api/partners/999")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("Not Found"));
    }

    @Test
    void conflictIsA409CarryingTheCoresMessage() throws Exception {
        when(partners.create(eq(TENANT), any())).thenThrow(new CrmConflictException(
                "maria.schmidt@acme-logistics.example already belongs to Maria Schmidt (partner 3)"));
        mvc.perform(json(post("/api/partners"))
                        .content("{\"kind\":\"PERSON\",\"name\":\"M\",\"emails\":[\"maria.schmidt@acme-logistics.example\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("Maria Schmidt")));
    }

    @Test
    void unexpectedFailureIsA500WithoutStackTrace() throws Exception {
        when(partners.search(eq(TENANT), anyString(), anyInt())).thenThrow(new IllegalStateException("pool exhausted"));
        mvc.perform(json(get("/api/partners")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value(not(containsString("pool exhausted"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    @WithMockUser("olena")
    void onlyAnAdministratorChangesMatchingSettings() throws Exception {
        mvc.perform(json(put("/api/settings/matching")).content("{\"unknownSenders\":\"IGNORE\"}"))
                .andExpect(status().isForbidden());
        verify(matchingSettings, never()).put(any(), any());
    }

    @Test
    void createdUserNeverShowsThePassword() throws Exception {
        when(passwordEncoder.encode("correct horse")).thenReturn("{bcrypt}hash");
        when(staffUsers.create(eq(TENANT), any())).thenAnswer(call -> new StaffUser(UserId.of(5), TENANT, "taras",
                new EmailAddress("taras@northbridge.example"), List.of(), Role.USER, "{bcrypt}hash", true));
        mvc.perform(json(post("/api/users")).content(
                        "{\"username\":\"taras\",\"email\":\"taras@northbridge.example\",\"password\":\"correct horse\",\"role\":\"USER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse()
                        .getContentAsString()).doesNotContain("hash").doesNotContain("correct horse"));
    }

    @Test
    void activityBodyIsSanitisedAndParticipantsSayWhy() throws Exception {
        ActivitySummary summary = new ActivitySummary(ActivityId.of(7), CaptureKind.EMAIL, Direction.INBOUND,
                Instant.parse("2026-11-04T06:30:00Z"), "Schedule", null,
                List.of(new ActivityParticipant("t.bondarenko@dniprosteel.example", "Taras", ParticipantRole.FROM,
                        PartnerId.of(3), MatchRule.PERSON_ADDRESS, null)),
                "schedule-dec@dniprosteel.example", 11L, null, UserId.of(2), false, 1);
        ActivityDetail detail = new ActivityDetail(summary,
                new CaptureBody("text", "<p onclick=\"x()\">Hi</p><script>alert(1)</script><img src=\"cid:logo\">",
                        null, null),
                List.of(new ActivityAttachment(3, "logo.png", "image/png", 10, "a".repeat(64), "<logo>", true)),
                List.of());
        when(history.find(new Viewer(TENANT, UserId.of(1), Role.ADMIN), ActivityId.of(7))).thenReturn(Optional.of(detail));
        mvc.perform(json(get("/api/activities/7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.participants[0].partnerId").value(3))
                .andExpect(jsonPath("$.participants[0].rule").value("PERSON_ADDRESS"))
                .andExpect(jsonPath("$.body.html").value(not(containsString("script"))))
                .andExpect(jsonPath("$.body.html").value(not(containsString("onclick"))))
                .andExpect(jsonPath("$.body.html").value(containsString("/api/activities/7/attachments/3")))
                .andExpect(jsonPath("$.attachments[0].fileName").value("logo.png"));
    }
}
