package vn.phoihop.tasks;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import vn.phoihop.audit.AuditEntry;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.PatchValues;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

@RestController
@RequestMapping("/api/v1")
class TasksApi {

    record DeadlineRequest(LocalDate dueDate, String reason) {
    }

    record ReasonRequest(String reason) {
    }

    record DirectionRequest(String text) {
    }

    private final Tasks tasks;
    private final Accounts accounts;

    TasksApi(Tasks tasks, Accounts accounts) {
        this.tasks = tasks;
        this.accounts = accounts;
    }

    @PostMapping("/programs/{programId}/tasks")
    ResponseEntity<TaskDetails> create(@PathVariable long programId, @RequestBody TaskForm form) {
        // A follow-up of a meeting conclusion is created at /conclusions/{id}/tasks, where the link is checked.
        TaskDetails created = tasks.create(new ProgramId(programId), form.forConclusion(null), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }

    @GetMapping("/programs/{programId}/tasks")
    Page<TaskDetails> list(@PathVariable long programId, @RequestParam(required = false) String status,
                           @RequestParam(required = false) Long organizationId,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return Page.of(tasks.list(new ProgramId(programId), parseStatuses(status),
                OrganizationId.ofNullable(organizationId), accounts.currentActor()), page, size);
    }

    @GetMapping("/tasks/{id}")
    TaskDetails show(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        return asOf == null ? tasks.get(new TaskId(id), accounts.currentActor())
                : tasks.statusOn(new TaskId(id), asOf, accounts.currentActor());
    }

    @GetMapping("/tasks/{id}/subtasks")
    Page<TaskDetails> subTasks(@PathVariable long id) {
        List<TaskDetails> all = tasks.subTasks(new TaskId(id), accounts.currentActor());
        return new Page<>(all, all.size());
    }

    @PatchMapping("/tasks/{id}")
    TaskDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        tasks.get(new TaskId(id), accounts.currentActor());
        long version = PatchValues.version(fields);
        return tasks.update(new TaskId(id), version, fields, accounts.currentActor());
    }

    @PostMapping("/tasks/{id}/progress")
    ResponseEntity<ProgressDetails> progress(@PathVariable long id, @RequestBody ProgressForm form) {
        ProgressDetails created = tasks.reportProgress(new TaskId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/progress/" + created.id())).body(created);
    }

    @GetMapping("/tasks/{id}/progress")
    Page<ProgressDetails> progressList(@PathVariable long id) {
        List<ProgressDetails> all = tasks.progress(new TaskId(id), accounts.currentActor());
        return new Page<>(all, all.size());
    }

    @PostMapping("/tasks/{id}/deadline")
    TaskDetails deadline(@PathVariable long id, @RequestBody DeadlineRequest request) {
        return tasks.changeDeadline(new TaskId(id), request.dueDate(), request.reason(), accounts.currentActor());
    }

    @PostMapping("/tasks/{id}/cancel")
    TaskDetails cancel(@PathVariable long id, @RequestBody ReasonRequest request) {
        return tasks.cancel(new TaskId(id), request.reason(), accounts.currentActor());
    }

    @PostMapping("/tasks/{id}/comments")
    ResponseEntity<Direction> comment(@PathVariable long id, @RequestBody DirectionRequest request) {
        Direction d = tasks.addDirection(new TaskId(id), request.text(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/comments/" + d.id())).body(d);
    }

    @GetMapping("/tasks/{id}/comments")
    Page<Direction> comments(@PathVariable long id) {
        List<Direction> all = tasks.directions(new TaskId(id), accounts.currentActor());
        return new Page<>(all, all.size());
    }

    @GetMapping("/tasks/{id}/history")
    Page<AuditEntry> history(@PathVariable long id) {
        List<AuditEntry> all = tasks.history(new TaskId(id), accounts.currentActor());
        return new Page<>(all, all.size());
    }

    static Set<TaskStatus> parseStatuses(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<TaskStatus> result = EnumSet.noneOf(TaskStatus.class);
        for (String part : raw.split(",")) {
            String s = part.strip();
            if (s.equals("OPEN")) {
                result.addAll(TaskStatus.OPEN);
            } else {
                try {
                    result.add(TaskStatus.valueOf(s));
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of("status", "validation.oneOf",
                            "NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE, CANCELLED, OPEN");
                }
            }
        }
        return result;
    }
}
