package org.crmgateway.crm.account;

import java.time.Duration;
import java.time.Instant;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.db.Sql;
import org.crmgateway.crm.secret.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What mail and calendar accounts share: the encrypted secret, the sync state, the row lease and
 * deletion with their progress rows.
 *
 * <p>Leases let several gateway instances share one database: an account is synced by the instance
 * whose lease is live. Taking or renewing is one compare-and-set UPDATE
 * ({@code ... where lease_owner is null or lease_until < now or lease_owner = me}); the row lock the
 * UPDATE takes serialises two instances racing for the same row on H2 and PostgreSQL alike, and
 * exactly one of them sees a changed row. An expired lease (a crashed instance) is simply taken over.
 * The instances' clocks must roughly agree (within a small fraction of the lease duration).
 */
final class AccountRows {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final String table;
    private final String what;
    final ProgressRows progress;

    AccountRows(JdbcClient jdbc, SecretCipher cipher, String table, String what, ProgressRows progress) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.table = table;
        this.what = what;
        this.progress = progress;
    }

    String encrypt(String secret) {
        return cipher.encrypt(secret);
    }

    String secret(TenantId tenant, long id) {
        return cipher.decrypt(jdbc.sql("select secret from " + table + " where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(String.class).optional()
                .orElseThrow(() -> new CrmNotFoundException(what, id)));
    }

    void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError) {
        jdbc.sql("update " + table + " set state = :s, last_error = :e where tenant_id = :t and id = :id")
                .param("s", state.name()).param("e", lastError).param("t", tenant.value()).param("id", id).update();
    }

    boolean lease(long id, String instance, Duration ttl) {
        Instant now = Instant.now();
        return jdbc.sql("update " + table + """
                 set lease_owner = :me, lease_until = :until
                where id = :id and (lease_owner is null or lease_until < :now or lease_owner = :me)""")
                .param("me", instance).param("until", Sql.ts(now.plus(ttl))).param("id", id)
                .param("now", Sql.ts(now)).update() == 1;
    }

    void release(long id, String instance) {
        jdbc.sql("update " + table + " set lease_owner = null, lease_until = null where id = :id and lease_owner = :me")
                .param("id", id).param("me", instance).update();
    }

    void delete(TenantId tenant, long id) {
        progress.deleteAll(tenant, id);
        jdbc.sql("delete from " + table + " where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).update();
    }

    static boolean ownerExists(JdbcClient jdbc, TenantId tenant, UserId user) {
        return jdbc.sql("select count(*) from app_user where tenant_id = :t and id = :u")
                .param("t", tenant.value()).param("u", user.value()).query(Integer.class).single() > 0;
    }
}
