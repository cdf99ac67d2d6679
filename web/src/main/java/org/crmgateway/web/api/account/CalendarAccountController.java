package org.crmgateway.web.api.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
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

/** Staff CalDAV calendars: registering one starts its sync; the status shows how far it has come. */
@RestController
@RequestMapping("/api/calendar-accounts")
class CalendarAccountController {

    private final CalendarAccounts accounts;
    private final StaffUsers users;
    private final CurrentStaff current;

    CalendarAccountController(CalendarAccounts accounts, StaffUsers users, CurrentStaff current) {
        this.accounts = accounts;
        this.users = users;
        this.current = current;
    }

    @PostMapping
    ResponseEntity<CalendarAccountResponse> register(@Valid @RequestBody CalendarAccountRequest request) {
        StaffUser caller = current.user();
        CalendarAccount account = accounts.register(caller.tenant(),
                request.toNewAccount(AccountOwners.ownerFor(users, caller, request.userId())));
        return ResponseEntity.created(URI.create("/api/calendar-accounts/" + account.id()))
                .body(CalendarAccountResponse.of(account, List.of()));
    }

    @GetMapping
    List<CalendarAccountResponse> list() {
        StaffUser caller = current.user();
        return accounts.list(caller.tenant()).stream()
                .filter(a -> AccountOwners.maySee(caller, a.owner()))
                .map(a -> CalendarAccountResponse.of(a, accounts.calendars(caller.tenant(), a.id())))
                .toList();
    }

    @GetMapping("/{id}")
    CalendarAccountResponse one(@PathVariable long id) {
        StaffUser caller = current.user();
        CalendarAccount account = accounts.find(caller.tenant(), id)
                .filter(a -> AccountOwners.maySee(caller, a.owner()))
                .orElseThrow(() -> ApiException.notFound("Calendar account", id));
        return CalendarAccountResponse.of(account, accounts.calendars(caller.tenant(), id));
    }
}
