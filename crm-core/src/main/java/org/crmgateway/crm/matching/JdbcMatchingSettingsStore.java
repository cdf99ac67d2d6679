package org.crmgateway.crm.matching;

import java.time.Instant;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcMatchingSettingsStore implements MatchingSettingsStore {

    private final JdbcClient jdbc;

    JdbcMatchingSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MatchingSettings get(TenantId tenant) {
        return jdbc.sql("select * from matching_settings where tenant_id = :t").param("t", tenant.value())
                .query((rs, i) -> new MatchingSettings(Sql.lines(rs.getString("internal_domains")),
                        Sql.lines(rs.getString("ignored_addresses")), Sql.lines(rs.getString("free_mail_domains")),
                        UnknownSenders.valueOf(rs.getString("unknown_senders")),
                        SharedAddressPolicy.valueOf(rs.getString("shared_address_policy")),
                        rs.getBoolean("case_sensitive_local"), rs.getBoolean("fold_sub_addresses"),
                        rs.getBoolean("log_bulk_mail")))
                .optional().orElse(MatchingSettings.DEFAULT);
    }

    @Override
    @Transactional
    public void put(TenantId tenant, MatchingSettings s) {
        var spec = jdbc.sql("""
                update matching_settings set internal_domains = :i, ignored_addresses = :a, free_mail_domains = :f,
                  unknown_senders = :u, shared_address_policy = :p, case_sensitive_local = :c,
                  fold_sub_addresses = :s, log_bulk_mail = :b, updated_at = :now
                where tenant_id = :t""");
        if (bind(spec, tenant, s).update() == 0) {
            bind(jdbc.sql("""
                    insert into matching_settings (tenant_id, internal_domains, ignored_addresses, free_mail_domains,
                      unknown_senders, shared_address_policy, case_sensitive_local, fold_sub_addresses, log_bulk_mail,
                      updated_at) values (:t, :i, :a, :f, :u, :p, :c, :s, :b, :now)"""), tenant, s).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TenantId tenant, MatchingSettings s) {
        return spec.param("t", tenant.value()).param("i", Sql.lines(s.internalDomains()))
                .param("a", Sql.lines(s.ignoredAddresses())).param("f", Sql.lines(s.freeMailDomains()))
                .param("u", s.unknownSenders().name()).param("p", s.sharedAddressPolicy().name())
                .param("c", s.caseSensitiveLocalPart()).param("s", s.foldSubAddresses())
                .param("b", s.logBulkMail()).param("now", Sql.ts(Instant.now()));
    }
}
