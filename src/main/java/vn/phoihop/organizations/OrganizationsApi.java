package vn.phoihop.organizations;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.PersonId;

/** Bodies and people over REST; who may call what is set in the security configuration. */
@RestController
@RequestMapping("/api/v1")
class OrganizationsApi {

    private final Organizations organizations;

    OrganizationsApi(Organizations organizations) {
        this.organizations = organizations;
    }

    @PostMapping("/organizations")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OrganizationSummary> create(@RequestBody OrganizationForm form) {
        OrganizationSummary created = organizations.register(form);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @GetMapping("/organizations")
    Page<OrganizationSummary> list(@RequestParam(required = false) Boolean active,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return Page.of(organizations.list(active), page, size);
    }

    @GetMapping("/organizations/{id}")
    OrganizationSummary show(@PathVariable long id) {
        return organizations.get(new OrganizationId(id));
    }

    @PutMapping("/organizations/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OrganizationSummary update(@PathVariable long id, @RequestBody OrganizationForm form) {
        return organizations.update(new OrganizationId(id), form);
    }

    @PostMapping("/people")
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    ResponseEntity<PersonDetails> createPerson(@RequestBody PersonForm form) {
        PersonDetails created = organizations.registerPerson(form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @GetMapping("/people")
    Page<PersonDetails> people(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return Page.of(organizations.people(), page, size);
    }

    @GetMapping("/people/{id}")
    PersonDetails person(@PathVariable long id) {
        return organizations.person(new PersonId(id));
    }

    @PostMapping("/people/{id}/positions")
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    ResponseEntity<PersonDetails.PositionDetails> addPosition(@PathVariable long id,
                                                              @RequestBody PersonForm.PositionForm form) {
        PersonDetails.PositionDetails created = organizations.addPosition(new PersonId(id), form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(created);
    }
}
