package org.crmgateway.caldav.store;

import java.time.Clock;

class InMemoryCalendarStoreTest extends CalendarStoreContract {
    @Override
    CalendarStore provideStore() {
        return new InMemoryCalendarStore(Clock.systemUTC());
    }
}
