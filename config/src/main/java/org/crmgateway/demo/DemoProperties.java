package org.crmgateway.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo mailbox.
 *
 * @param imapPort loopback port of the embedded IMAP server; fixed by default so that the mail
 *                 account registered on the first demo start stays valid on the next; 0 picks a free port
 */
@ConfigurationProperties("crm.demo")
@Validated
public record DemoProperties(@DefaultValue("3143") @Min(0) @Max(65535) int imapPort) {
}
