package vn.phoihop.accounts;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.shared.Page;
import vn.phoihop.shared.UserId;

@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

    private final Accounts accounts;

    UsersApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserSummary> create(@RequestBody UserForm form) {
        UserSummary created = accounts.register(form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    Page<UserSummary> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return Page.of(accounts.list(), page, size);
    }

    @GetMapping("/me")
    UserSummary me() {
        return accounts.get(accounts.currentActor().id());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserSummary show(@PathVariable long id) {
        return accounts.get(new UserId(id));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    UserSummary deactivate(@PathVariable long id) {
        return accounts.deactivate(new UserId(id));
    }
}
