package org.crmgateway.mailingest.dropbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.mailingest.parse.ParsedMail;
import org.jspecify.annotations.Nullable;

/**
 * The BCC dropbox: a tenant-level mailbox that staff BCC or forward mail to. A message is
 * attributed to the staff user in its From; a message a staff user forwarded as an attachment
 * ({@code message/rfc822}) is logged as the original, still attributed to that staff user.
 */
public final class Dropbox {
    private static final Duration STAFF_CACHE = Duration.ofMinutes(1);

    private final StaffUsers staff;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    public Dropbox(StaffUsers staff) {
        this.staff = staff;
    }

    /** The message to log and the staff user it belongs to (null when no staff user sent it). */
    public record Attributed(ParsedMail mail, @Nullable UserId owner) {
    }

    /** @param dropboxAddress the dropbox's own address, dropped from the participants */
    public Attributed attribute(TenantId tenant, ParsedMail mail, @Nullable EmailAddress dropboxAddress) {
        Optional<StaffUser> sender = mail.withRole(ParticipantRole.FROM).stream()
                .map(p -> staffByAddress(tenant, p.address()))
                .flatMap(Optional::stream)
                .findFirst();
        UserId owner = sender.map(StaffUser::id).orElse(null);
        if (owner != null && !mail.forwarded().isEmpty()) {
            return new Attributed(mail.forwarded().getFirst(), owner);
        }
        return new Attributed(without(mail, dropboxAddress), owner);
    }

    private static ParsedMail without(ParsedMail mail, @Nullable EmailAddress dropboxAddress) {
        if (dropboxAddress == null) {
            return mail;
        }
        List<CaptureParticipant> kept = mail.participants().stream()
                .filter(p -> !p.address().key().equals(dropboxAddress.key()))
                .toList();
        return kept.size() == mail.participants().size() ? mail : mail.withParticipants(kept);
    }

    private Optional<StaffUser> staffByAddress(TenantId tenant, EmailAddress address) {
        Cached c = cache.compute(tenant, (t, old) -> old == null || old.loadedAt().plus(STAFF_CACHE)
                .isBefore(Instant.now()) ? new Cached(staff.list(t), Instant.now()) : old);
        String key = address.key();
        return c.users().stream()
                .filter(u -> u.email().key().equals(key) || u.aliases().stream().anyMatch(a -> a.key().equals(key)))
                .findFirst();
    }

    private record Cached(List<StaffUser> users, Instant loadedAt) {
    }
}
