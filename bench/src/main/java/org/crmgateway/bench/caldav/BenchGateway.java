package org.crmgateway.bench.caldav;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmgateway.calendarsync.CalendarSyncConfiguration;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway's CalDAV server as the benchmark runs it: the caldav module on H2, one user, HTTP
 * Basic, and a history that keeps checkpoints but records nothing (the benchmark measures the
 * CalDAV server, not the matcher).
 */
@SpringBootApplication(scanBasePackages = "org.crmgateway.caldav")
class BenchGateway {
    static final String USER = "alice";
    static final String PASSWORD = "bench-secret";

    static ConfigurableApplicationContext start(String jdbcUrl) {
        return SpringApplication.run(BenchGateway.class, "--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.flyway.locations=classpath:db/migration/caldav");
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** The meeting feed reads objects the way calendar sync does. */
    @Bean
    MeetingReader meetingReader() {
        return CalendarSyncConfiguration.meetingReader(CalendarSyncProperties.defaults());
    }

    @Bean
    StaffUsers benchUsers() {
        StaffUser alice = new StaffUser(UserId.of(1), TenantId.DEFAULT, USER, new EmailAddress("alice@bench.example"),
                List.of(), Role.USER, "{plain}" + PASSWORD, true);
        return new StaffUsers() {
            @Override
            public StaffUser create(TenantId tenant, NewUser user) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StaffUser> find(TenantId tenant, UserId id) {
                return Optional.of(alice).filter(u -> u.id().equals(id));
            }

            @Override
            public Optional<StaffUser> byUsername(String username) {
                return Optional.of(alice).filter(u -> u.username().equals(username));
            }

            @Override
            public List<StaffUser> list(TenantId tenant) {
                return List.of(alice);
            }

            @Override
            public void changePassword(TenantId tenant, UserId id, String passwordHash) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Bean
    CheckpointOnlyHistory benchHistory() {
        return new CheckpointOnlyHistory();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> benchBasicAuth() {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        if (expected.equals(request.getHeader("Authorization"))) {
                            chain.doFilter(new HttpServletRequestWrapper(request) {
                                @Override
                                public String getRemoteUser() {
                                    return USER;
                                }
                            }, response);
                        } else {
                            chain.doFilter(request, response);
                        }
                    }
                });
        registration.addUrlPatterns("/dav", "/dav/*", "/.well-known/*");
        return registration;
    }

    /** Keeps each calendar's checkpoint so that each change is fed once; drops the captures. */
    static final class CheckpointOnlyHistory implements HistoryRecorder, Checkpoints {
        private final Map<String, String> positions = new ConcurrentHashMap<>();

        @Override
        public BatchResult record(SourceBatch batch) {
            var c = batch.checkpoint();
            positions.put(c.accountId() + "|" + c.scope(), c.position());
            return new BatchResult(List.of(), 0, batch.withdrawnSourceKeys().size());
        }

        @Override
        public Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope) {
            return Optional.ofNullable(positions.get(accountId + "|" + scope));
        }
    }
}
