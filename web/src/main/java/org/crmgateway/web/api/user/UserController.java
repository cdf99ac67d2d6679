package org.crmgateway.web.api.user;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.UserId;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff users of the tenant: administrators create and list them; everyone may read themselves. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final StaffUsers users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentStaff current;

    UserController(StaffUsers users, PasswordEncoder passwordEncoder, CurrentStaff current) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.current = current;
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@Valid @RequestBody UserRequest request) {
        StaffUser admin = current.admin();
        StaffUser created = users.create(admin.tenant(), request.toNewUser(passwordEncoder.encode(request.password())));
        return ResponseEntity.created(URI.create("/api/users/" + created.id().value())).body(UserResponse.of(created));
    }

    @GetMapping
    List<UserResponse> list() {
        return users.list(current.admin().tenant()).stream().map(UserResponse::of).toList();
    }

    @GetMapping("/me")
    UserResponse me() {
        return UserResponse.of(current.user());
    }

    @GetMapping("/{id}")
    UserResponse one(@PathVariable long id) {
        StaffUser me = current.user();
        if (me.role() != Role.ADMIN && me.id().value() != id) {
            throw ApiException.forbidden("Only an administrator may read other users");
        }
        if (id <= 0) {
            throw ApiException.notFound("User", id);
        }
        return users.find(me.tenant(), UserId.of(id)).map(UserResponse::of)
                .orElseThrow(() -> ApiException.notFound("User", id));
    }
}
