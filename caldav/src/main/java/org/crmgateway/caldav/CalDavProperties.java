package org.crmgateway.caldav;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the CalDAV server ({@code crm.caldav.*}).
 *
 * @param maxRequestBytes        largest request body accepted (413 above); bounds XML and iCalendar input
 * @param maxResourceBytes       largest calendar object a client may store (advertised as max-resource-size)
 * @param defaultCalendar        the slug of the calendar every user gets on first access
 * @param defaultCalendarName    its display name
 */
@ConfigurationProperties("crm.caldav")
@Validated
public record CalDavProperties(
        @DefaultValue("10485760") @Min(1024) long maxRequestBytes,
        @DefaultValue("1000000") @Min(1024) long maxResourceBytes,
        @DefaultValue("default") @NotBlank String defaultCalendar,
        @DefaultValue("Calendar") @NotBlank String defaultCalendarName) {

    public static final CalDavProperties DEFAULTS = new CalDavProperties(10_485_760, 1_000_000, "default", "Calendar");
}
