package org.crmgateway.calendarsync;

import org.crmgateway.calendarsync.ical.ExpansionSettings;
import org.crmgateway.calendarsync.ical.ICalendarParser;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.calendarsync.ical.RecurrenceExpander;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans calendar sync needs beyond its components. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSyncProperties.class)
public class CalendarSyncConfiguration {

    @Bean
    MeetingReader calendarMeetingReader(CalendarSyncProperties settings) {
        return meetingReader(settings);
    }

    /** The reader for these settings, also for code outside Spring. */
    public static MeetingReader meetingReader(CalendarSyncProperties settings) {
        return new MeetingReader(new ICalendarParser(settings.maxObjectChars()), new RecurrenceExpander(
                new ExpansionSettings(settings.windowBack(), settings.windowForward(), settings.maxOccurrences(),
                        settings.floatingZone())));
    }
}
