package vn.phoihop.reviews;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;

@RestController
@RequestMapping("/api/v1")
class ReviewsApi {

    private final Reviews reviews;
    private final Accounts accounts;

    ReviewsApi(Reviews reviews, Accounts accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    @PostMapping("/programs/{programId}/reviews")
    ResponseEntity<ReviewDetails> create(@PathVariable long programId, @RequestBody ReviewForm form) {
        ReviewDetails created = reviews.create(new ProgramId(programId), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + created.id())).body(created);
    }

    /** {@code {items, total, nextReviewDue, reviewOverdue}}: every version of every review, newest period first. */
    @GetMapping("/programs/{programId}/reviews")
    ReviewList list(@PathVariable long programId, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size) {
        ReviewList all = reviews.list(new ProgramId(programId), accounts.currentActor());
        Page<ReviewSummary> paged = Page.of(all.items(), page, size);
        return new ReviewList(paged.items(), paged.total(), all.nextReviewDue(), all.reviewOverdue());
    }

    @GetMapping("/reviews/{id}")
    ReviewDetails show(@PathVariable long id) {
        return reviews.get(new ReviewId(id), accounts.currentActor());
    }

    @PatchMapping("/reviews/{id}")
    ReviewDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        return reviews.update(new ReviewId(id), version(fields.get("version")), fields, accounts.currentActor());
    }

    @PostMapping("/reviews/{id}/approve")
    ReviewDetails approve(@PathVariable long id) {
        return reviews.approve(new ReviewId(id), accounts.currentActor());
    }

    @PostMapping("/reviews/{id}/revisions")
    ResponseEntity<ReviewDetails> revise(@PathVariable long id) {
        ReviewDetails created = reviews.revise(new ReviewId(id), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + created.id())).body(created);
    }

    /** Next year's program from an approved year-end review: 201 with the program, replacements and carried tasks. */
    @PostMapping("/reviews/{id}/next-program")
    ResponseEntity<NextProgramDetails> nextProgram(@PathVariable long id) {
        NextProgramDetails created = reviews.nextProgram(new ReviewId(id), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.program().id())).body(created);
    }

    /** The version sent, or {@code null} when missing or unreadable (the facade answers 400 after 404 and 403). */
    static Long version(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        return null;
    }
}
