package org.crmgateway.calendarsync.fake;

import org.crmgateway.crm.checkpoint.JdbcCheckpoints;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** In-memory stand-ins for the core's recorder, invitations and quarantine, so that tests can inspect them. */
@TestConfiguration
public class FakeCore {
    @Bean
    @Primary
    InMemoryHistoryRecorder inMemoryHistoryRecorder(JdbcCheckpoints checkpoints) {
        return new InMemoryHistoryRecorder(checkpoints);
    }

    @Bean
    @Primary
    InMemoryInvitations inMemoryInvitations() {
        return new InMemoryInvitations();
    }

    @Bean
    @Primary
    InMemoryQuarantine inMemoryQuarantine() {
        return new InMemoryQuarantine();
    }
}
