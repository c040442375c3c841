package vn.phoihop.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;

@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    private final Search search;
    private final Accounts accounts;

    SearchApi(Search search, Accounts accounts) {
        this.search = search;
        this.accounts = accounts;
    }

    @GetMapping
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) Long organizationId,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(new Search.Request(q, kind, year, organizationId, page, size), accounts.currentActor());
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    Search.Rebuilt rebuild() {
        return search.rebuild(accounts.currentActor());
    }
}
