package org.crmgateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.crmgateway.ApiClient.Answer;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.ThreadKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Contract v1 over real HTTP against the whole gateway; run on H2 ({@link ApiH2IT}) and on
 * PostgreSQL ({@link ApiPostgresIT}). Tests share one database, so each makes its own names.
 */
abstract class ApiContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Value("${crm.admin.password}")
    String adminPassword;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    Tenants tenants;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    HistoryRecorder recorder;

    ApiClient anonymous;
    ApiClient admin;
    String unique;

    @BeforeEach
    void clients() {
        String base = "http://127.0.0.1:" + port;
        anonymous = ApiClient.anonymous(base);
        admin = ApiClient.as(base, "admin", adminPassword);
        unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    @Test
    void healthIsUpWithoutCredentials() {
        Answer health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void apiWithoutCredentialsIs401WithJsonAndABasicChallenge() {
        Answer answer = anonymous.get("/api/partners");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.authenticate()).startsWith("Basic");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(admin.as("admin", "wrong password").get("/api/partners").status()).isEqualTo(401);
    }

    @Test
    void partnerRoundTrips() {
        Answer created = admin.post("/api/partners", """
                {"kind":"COMPANY","name":"Acme %s","domains":["acme-%s.example"]}""".formatted(unique, unique));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith("/api/partners/" + id);

        Answer read = admin.get("/api/partners/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Acme " + unique);
        assertThat(read.json().get("kind").asString()).isEqualTo("COMPANY");
        assertThat(read.json().get("domains").get(0).asString()).isEqualTo("acme-%s.example".formatted(unique));

        Answer person = admin.post("/api/partners", """
                {"kind":"PERSON","name":"Maria %s","emails":["maria@acme-%s.example"],"companyId":%d}"""
                .formatted(unique, unique, id));
        assertThat(person.status()).isEqualTo(201);
        assertThat(person.json().get("companyId").asLong()).isEqualTo(id);

        Answer found = admin.get("/api/partners?query=" + unique);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().valueStream().map(p -> p.get("id").asLong()))
                .contains(id, person.json().get("id").asLong());
    }

    @Test
    void invalidInputIs400NamingTheField() {
        Answer noName = admin.post("/api/partners", "{\"kind\":\"COMPANY\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("field").asString()).isEqualTo("name");

        Answer badKind = admin.post("/api/partners", "{\"kind\":\"SHOP\",\"name\":\"x\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asString()).isEqualTo("kind");

        Answer badDomain = admin.post("/api/partners", "{\"kind\":\"COMPANY\",\"name\":\"x\",\"domains\":[\"no domain\"]}");
        assertThat(badDomain.status()).isEqualTo(400);
        assertThat(badDomain.json().get("field").asString()).isEqualTo("domains");

        Answer malformed = admin.post("/api/partners", "{\"kind\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(admin.get("/api/partners/987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/partners/987654321/activities").status()).isEqualTo(404);
        assertThat(admin.get("/api/activities/987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/mail-accounts/987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/partners/987654321").json().get("status").asInt()).isEqualTo(404);
        assertThat(admin.get("/api/no-such-resource").status()).isEqualTo(404);
    }

    @Test
    void addressOfAnotherPersonIs409NamingTheOwner() {
        String address = "taras@dnipro-%s.example".formatted(unique);
        assertThat(admin.post("/api/partners", """
                {"kind":"PERSON","name":"Taras %s","emails":["%s"]}""".formatted(unique, address)).status())
                .isEqualTo(201);
        Answer conflict = admin.post("/api/partners", """
                {"kind":"PERSON","name":"Somebody Else","emails":["%s"]}""".formatted(address.toUpperCase()));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("message").asString()).contains("Taras " + unique);
    }

    @Test
    void administratorCreatesUsersWhoNeverSeeAPassword() {
        String password = "pw-" + unique + "-long";
        Answer created = admin.post("/api/users", """
                {"username":"anna%s","email":"anna%s@northbridge.example","password":"%s","role":"USER"}"""
                .formatted(unique, unique, password));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).doesNotContain(password).doesNotContain("bcrypt").doesNotContain("password");

        ApiClient anna = admin.as("anna" + unique, password);
        Answer me = anna.get("/api/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("USER");
        assertThat(anna.post("/api/users", """
                {"username":"x%s","email":"x%s@northbridge.example","password":"long enough","role":"ADMIN"}"""
                .formatted(unique, unique)).status()).isEqualTo(403);
        assertThat(anna.put("/api/settings/matching", "{\"unknownSenders\":\"IGNORE\"}").status()).isEqualTo(403);

        Answer duplicate = admin.post("/api/users", """
                {"username":"anna%s","email":"other%s@northbridge.example","password":"long enough","role":"USER"}"""
                .formatted(unique, unique));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void mailAccountsNeverReturnThePassword() {
        String secret = "imap-secret-" + unique;
        Answer created = admin.post("/api/mail-accounts", """
                {"host":"127.0.0.1","port":1,"security":"NONE","username":"olena%s","password":"%s",
                 "folders":["INBOX","Sent"]}""".formatted(unique, secret));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).doesNotContain(secret);
        long id = created.json().get("id").asLong();

        Answer status = admin.get("/api/mail-accounts/" + id);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().has("state")).isTrue();
        assertThat(status.json().has("lastError")).isTrue();
        assertThat(status.json().get("folders").isArray()).isTrue();
        assertThat(status.text()).doesNotContain(secret);
        assertThat(admin.get("/api/mail-accounts").text()).doesNotContain(secret);

        Answer badPort = admin.post("/api/mail-accounts", """
                {"host":"127.0.0.1","port":70000,"security":"NONE","username":"u","password":"p"}""");
        assertThat(badPort.status()).isEqualTo(400);
        assertThat(badPort.json().get("field").asString()).isEqualTo("port");
    }

    @Test
    void matchingSettingsRoundTrip() {
        Answer before = admin.get("/api/settings/matching");
        assertThat(before.status()).isEqualTo(200);
        List<String> internal = new ArrayList<>();
        before.json().get("internalDomains").forEach(d -> internal.add(d.asString()));
        internal.add("own-%s.example".formatted(unique));
        String domains = String.join("\",\"", internal);
        Answer after = admin.put("/api/settings/matching", "{\"internalDomains\":[\"" + domains + "\"]}");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("internalDomains").valueStream().map(JsonNode::asString))
                .contains("own-%s.example".formatted(unique));
        assertThat(after.json().get("unknownSenders").asString())
                .isEqualTo(before.json().get("unknownSenders").asString());
    }

    @Test
    void anotherTenantsIdsLookUnknown() {
        long id = admin.post("/api/partners", """
                {"kind":"COMPANY","name":"Hidden %s","domains":["hidden-%s.example"]}""".formatted(unique, unique))
                .json().get("id").asLong();
        TenantId other = tenants.create("other-" + unique).id();
        staffUsers.create(other, new NewUser("stranger" + unique, new EmailAddress("s%s@other.example".formatted(unique)),
                List.of(), passwordEncoder.encode("stranger-password"), Role.ADMIN));
        ApiClient stranger = admin.as("stranger" + unique, "stranger-password");

        assertThat(stranger.get("/api/partners/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/partners/" + id + "/activities").status()).isEqualTo(404);
        assertThat(stranger.get("/api/partners?query=" + unique).json().size()).isZero();
    }

    @Test
    void historyIsPagedNewestFirstAndBodiesAreSanitised() {
        long company = admin.post("/api/partners", """
                {"kind":"COMPANY","name":"Nordwind %s","domains":["nordwind-%s.example"]}""".formatted(unique, unique))
                .json().get("id").asLong();
        admin.post("/api/partners", """
                {"kind":"PERSON","name":"Katrin %s","emails":["katrin@nordwind-%s.example"],"companyId":%d}"""
                .formatted(unique, unique, company));
        SourceBatch.Builder batch = SourceBatch.to(new Checkpoint(TenantId.DEFAULT, SourceKind.IMPORT, 1, "it-" + unique, "3"));
        for (int i = 1; i <= 3; i++) {
            String messageId = "m%d-%s@nordwind-%s.example".formatted(i, unique, unique);
            batch.add(Capture.email(TenantId.DEFAULT, new SourceRef(SourceKind.IMPORT, 1, "it-" + unique, "m" + i),
                            SourceKeys.ofMessageId(messageId), Instant.parse("2026-11-0%dT10:00:00Z".formatted(i)))
                    .participants(List.of(
                            CaptureParticipant.of("katrin@nordwind-%s.example".formatted(unique), ParticipantRole.FROM),
                            CaptureParticipant.of("admin@localhost", ParticipantRole.TO)))
                    .subject("Workshop " + i)
                    .body(new CaptureBody("Hello " + i,
                            "<p onclick=\"steal()\">Hello</p><script>alert(1)</script><img src=\"https://t.example/p.gif\">",
                            null, null))
                    .thread(new ThreadKeys(messageId, null, List.of()))
                    .build());
        }
        recorder.record(batch.build());

        Answer first = admin.get("/api/partners/%d/activities?limit=2".formatted(company));
        assertThat(first.status()).isEqualTo(200);
        JsonNode items = first.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("subject").asString()).isEqualTo("Workshop 3");
        assertThat(items.get(0).get("type").asString()).isEqualTo("EMAIL");
        assertThat(items.get(0).get("direction").asString()).isEqualTo("INBOUND");
        assertThat(items.get(0).get("participants").valueStream().map(p -> p.get("address").asString()))
                .contains("katrin@nordwind-%s.example".formatted(unique));
        assertThat(first.json().get("next").isNull()).isFalse();

        Answer second = admin.get("/api/partners/%d/activities?limit=2&cursor=%s"
                .formatted(company, first.json().get("next").asString()));
        assertThat(second.json().get("items").size()).isEqualTo(1);
        assertThat(second.json().get("items").get(0).get("subject").asString()).isEqualTo("Workshop 1");
        assertThat(second.json().get("next").isNull()).isTrue();

        Answer detail = admin.get("/api/activities/" + items.get(0).get("id").asLong());
        assertThat(detail.status()).isEqualTo(200);
        String html = detail.json().get("body").get("html").asString();
        assertThat(html).contains("Hello").doesNotContain("script").doesNotContain("onclick").doesNotContain("t.example");
    }
}
