package org.crmgateway.web.api.account;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.UserId;
import org.crmgateway.web.api.ApiException;
import org.jspecify.annotations.Nullable;

/** Whose mail or calendar account a request is about: users manage their own, administrators anyone's. */
final class AccountOwners {

    private AccountOwners() {
    }

    /** The owner for a new account: the given user of the caller's tenant, or the caller when none is given. */
    static UserId ownerFor(StaffUsers users, StaffUser caller, @Nullable Long userId) {
        if (userId == null || userId == caller.id().value()) {
            return caller.id();
        }
        if (caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("Only an administrator may register accounts of other users");
        }
        if (userId <= 0 || users.find(caller.tenant(), UserId.of(userId)).isEmpty()) {
            throw ApiException.badRequest("userId", "is not a user of this tenant");
        }
        return UserId.of(userId);
    }

    /** Whether the caller may see an account of this owner. */
    static boolean maySee(StaffUser caller, @Nullable UserId owner) {
        return caller.role() == Role.ADMIN || caller.id().equals(owner);
    }
}
