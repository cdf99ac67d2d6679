package org.crmgateway.web.preference;

import java.time.ZoneId;
import java.util.Locale;

import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores each user's {@link UserPreference}. */
@Component
public class UserPreferences {

    private final JdbcClient jdbc;

    public UserPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UserPreference get(TenantId tenant, UserId user) {
        return jdbc.sql("select locale, time_zone from user_preference where tenant_id = :tenant and user_id = :user")
                .param("tenant", tenant.value()).param("user", user.value())
                .query((rs, n) -> new UserPreference(
                        rs.getString("locale") == null ? null : Locale.forLanguageTag(rs.getString("locale")),
                        rs.getString("time_zone") == null ? null : ZoneId.of(rs.getString("time_zone"))))
                .optional().orElse(UserPreference.NONE);
    }

    @Transactional
    public void put(TenantId tenant, UserId user, UserPreference preference) {
        jdbc.sql("delete from user_preference where tenant_id = :tenant and user_id = :user")
                .param("tenant", tenant.value()).param("user", user.value()).update();
        jdbc.sql("insert into user_preference (tenant_id, user_id, locale, time_zone) values (:tenant, :user, :locale, :zone)")
                .param("tenant", tenant.value()).param("user", user.value())
                .param("locale", preference.locale() == null ? null : preference.locale().toLanguageTag())
                .param("zone", preference.zone() == null ? null : preference.zone().getId())
                .update();
    }
}
