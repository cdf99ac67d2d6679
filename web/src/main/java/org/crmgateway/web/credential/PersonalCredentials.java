package org.crmgateway.web.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Issues, lists, revokes and checks API tokens and app passwords. Secrets carry at least 100
 * random bits, so one unsalted SHA-256 is enough to store them and to find them again by hash.
 */
@Component
public class PersonalCredentials {

    private static final String APP_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int MAX_PER_USER = 50;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    public PersonalCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedCredential issue(TenantId tenant, UserId user, CredentialKind kind, String name) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new CrmValidationException("name", "must be 1 to 100 characters");
        }
        if (list(tenant, user).stream().filter(PersonalCredential::active).count() >= MAX_PER_USER) {
            throw new CrmValidationException("name", "at most " + MAX_PER_USER + " active credentials per user");
        }
        String secret = kind == CredentialKind.API_TOKEN ? newToken() : newAppPassword();
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into user_credential (tenant_id, user_id, kind, name, secret_hash, created_at)
                        values (:tenant, :user, :kind, :name, :hash, :now)""")
                .param("tenant", tenant.value()).param("user", user.value()).param("kind", kind.name())
                .param("name", label).param("hash", hash(secret)).param("now", utc(now))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        return new IssuedCredential(new PersonalCredential(id, tenant, user, kind, label, now, null, null), secret);
    }

    public List<PersonalCredential> list(TenantId tenant, UserId user) {
        return jdbc.sql("""
                        select * from user_credential where tenant_id = :tenant and user_id = :user
                        order by revoked_at desc nulls first, id desc""")
                .param("tenant", tenant.value()).param("user", user.value())
                .query(PersonalCredentials::map).list();
    }

    /** Revokes one of the user's own credentials; false when the user has no such credential. */
    public boolean revoke(TenantId tenant, UserId user, long id) {
        return jdbc.sql("""
                        update user_credential set revoked_at = :now
                        where id = :id and tenant_id = :tenant and user_id = :user and revoked_at is null""")
                .param("now", utc(clock.instant())).param("id", id)
                .param("tenant", tenant.value()).param("user", user.value()).update() == 1;
    }

    /** The active credential of this kind whose secret this is, marking it used. */
    public Optional<PersonalCredential> verify(CredentialKind kind, String secret) {
        if (secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<PersonalCredential> found = jdbc.sql("""
                        select * from user_credential where secret_hash = :hash and kind = :kind and revoked_at is null""")
                .param("hash", hash(secret)).param("kind", kind.name())
                .query(PersonalCredentials::map).optional();
        found.ifPresent(c -> jdbc.sql("update user_credential set last_used_at = :now where id = :id")
                .param("now", utc(clock.instant())).param("id", c.id()).update());
        return found;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String newAppPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(APP_PASSWORD_ALPHABET.charAt(random.nextInt(APP_PASSWORD_ALPHABET.length())));
        }
        return s.toString();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static PersonalCredential map(ResultSet rs, int row) throws SQLException {
        return new PersonalCredential(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")),
                UserId.of(rs.getLong("user_id")), CredentialKind.valueOf(rs.getString("kind")), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }
}
