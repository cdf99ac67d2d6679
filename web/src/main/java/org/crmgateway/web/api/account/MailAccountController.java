package org.crmgateway.web.api.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff mailboxes: registering one starts its sync; the status shows how far it has come. */
@RestController
@RequestMapping("/api/mail-accounts")
class MailAccountController {

    private final MailAccounts accounts;
    private final StaffUsers users;
    private final CurrentStaff current;

    MailAccountController(MailAccounts accounts, StaffUsers users, CurrentStaff current) {
        this.accounts = accounts;
        this.users = users;
        this.current = current;
    }

    @PostMapping
    ResponseEntity<MailAccountResponse> register(@Valid @RequestBody MailAccountRequest request) {
        StaffUser caller = current.user();
        MailAccount account = accounts.register(caller.tenant(),
                request.toNewAccount(AccountOwners.ownerFor(users, caller, request.userId())));
        return ResponseEntity.created(URI.create("/api/mail-accounts/" + account.id()))
                .body(MailAccountResponse.of(account, List.of()));
    }

    @GetMapping
    List<MailAccountResponse> list() {
        StaffUser caller = current.user();
        return accounts.list(caller.tenant()).stream()
                .filter(a -> AccountOwners.maySee(caller, a.owner()))
                .map(a -> MailAccountResponse.of(a, accounts.folders(caller.tenant(), a.id())))
                .toList();
    }

    @GetMapping("/{id}")
    MailAccountResponse one(@PathVariable long id) {
        StaffUser caller = current.user();
        MailAccount account = accounts.find(caller.tenant(), id)
                .filter(a -> AccountOwners.maySee(caller, a.owner()))
                .orElseThrow(() -> ApiException.notFound("Mail account", id));
        return MailAccountResponse.of(account, accounts.folders(caller.tenant(), id));
    }
}
