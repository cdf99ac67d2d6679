package org.crmgateway.crm;

import jakarta.validation.constraints.NotNull;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the core, under {@code crm.core}.
 *
 * @param dataDir        where the gateway keeps its files (H2 database, attachments, key file)
 * @param attachmentsDir where attachment content is stored; defaults to {@code dataDir/attachments}
 * @param secretKey      base64 AES key (16, 24 or 32 bytes) that encrypts account secrets; when absent,
 *                       {@code dataDir/secret.key} is generated on first start (owner-only permissions)
 * @param instanceId     names this gateway instance in mailbox and calendar leases; defaults to host and pid
 */
@ConfigurationProperties("crm.core")
@Validated
public record CoreProperties(@NotNull @DefaultValue("./data") Path dataDir, @Nullable Path attachmentsDir,
                             @Nullable String secretKey, @Nullable String instanceId) {

    public CoreProperties {
        if (attachmentsDir == null) {
            attachmentsDir = dataDir.resolve("attachments");
        }
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = hostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }

    /** The attachments directory, never null after construction. */
    public Path attachments() {
        return java.util.Objects.requireNonNull(attachmentsDir);
    }

    /** The instance id, never null after construction. */
    public String instance() {
        return java.util.Objects.requireNonNull(instanceId);
    }

    @Override
    public String toString() {
        return "CoreProperties[dataDir=%s, attachmentsDir=%s, secretKey=%s, instanceId=%s]"
                .formatted(dataDir, attachmentsDir, secretKey == null ? "(file)" : "(set)", instanceId);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
