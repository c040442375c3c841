package vn.phoihop.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.inforequests.InfoRequests;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.programs.Programs;
import vn.phoihop.reviews.ReviewDetails;
import vn.phoihop.reviews.ReviewId;
import vn.phoihop.reviews.Reviews;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * The downloads the API and the pages offer. Each reads through the owning module's facade with the caller, so the
 * permission is exactly that of the review, program or register (404 when not visible).
 */
@Service
@Transactional(readOnly = true)
class DocumentExports {

    /** The two renderings of an official document. */
    enum Format {
        DOCX, PDF
    }

    private final Documents documents;
    private final Reviews reviews;
    private final Programs programs;
    private final Tasks tasks;
    private final InfoRequests infoRequests;
    private final ReviewDocument reviewDocument;
    private final ProgramDocument programDocument;
    private final Registers registers;
    private final Texts texts;

    DocumentExports(Documents documents, Reviews reviews, Programs programs, Tasks tasks, InfoRequests infoRequests,
                    ReviewDocument reviewDocument, ProgramDocument programDocument, Registers registers, Texts texts) {
        this.documents = documents;
        this.reviews = reviews;
        this.programs = programs;
        this.tasks = tasks;
        this.infoRequests = infoRequests;
        this.reviewDocument = reviewDocument;
        this.programDocument = programDocument;
        this.registers = registers;
        this.texts = texts;
    }

    Download review(long id, String number, Format format, Actor actor) {
        ReviewDetails review = reviews.get(new ReviewId(id), actor);
        ProgramDetails program = programs.get(review.programId(), actor);
        DocumentModel model = reviewDocument.build(review, program, number(number));
        return render(model, texts.get("documents.file.review." + review.kind()) + " " + id, format);
    }

    Download program(long id, String number, Format format, Actor actor) {
        ProgramDetails program = programs.get(new ProgramId(id), actor);
        DocumentModel model = programDocument.build(program, number(number), actor);
        return render(model, texts.get("documents.file.program") + " " + program.year() + " " + id, format);
    }

    Download programTasks(long id, String status, Long organizationId, Actor actor) {
        ProgramDetails program = programs.get(new ProgramId(id), actor);
        List<TaskDetails> list = tasks.list(program.id(), statuses(status), OrganizationId.ofNullable(organizationId),
                actor);
        return new Download(texts.get("documents.file.tasks") + " " + id + ".xlsx", Download.XLSX,
                registers.tasks(program, list));
    }

    Download reviewFigures(long id, Actor actor) {
        ReviewDetails review = reviews.get(new ReviewId(id), actor);
        ProgramDetails program = programs.get(review.programId(), actor);
        return new Download(texts.get("documents.file.figures") + " " + id + ".xlsx", Download.XLSX,
                registers.figures(review, program));
    }

    /**
     * The overdue register of a body (the caller's own unless another is named): the information requests
     * addressed to it that are overdue or were answered late, as the inforequests module lists them, and the
     * overdue tasks it leads in the programs the caller sees that are not closed.
     */
    Download overdue(Long organizationId, Actor actor) {
        OrganizationId body = organizationId != null ? new OrganizationId(organizationId) : actor.organizationId();
        List<InfoRequestDetails> requests = body == null ? List.of() : infoRequests.overdueRegister(body, actor);
        List<Registers.OverdueTask> overdueTasks = new ArrayList<>();
        for (ProgramDetails p : programs.list(null, null, actor)) {
            if (p.status() == ProgramStatus.CLOSED) {
                continue;
            }
            for (TaskDetails t : tasks.list(p.id(), EnumSet.of(TaskStatus.OVERDUE), body, actor)) {
                if (body == null || body.equals(t.leadOrganizationId())) {
                    overdueTasks.add(new Registers.OverdueTask(p, t));
                }
            }
        }
        overdueTasks.sort(Comparator.comparing((Registers.OverdueTask o) -> o.task().dueDate(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        String suffix = body == null ? "" : " " + body.value();
        return new Download(texts.get("documents.file.overdue") + suffix + " " + documents.today() + ".xlsx",
                Download.XLSX, registers.overdue(requests, overdueTasks));
    }

    private Download render(DocumentModel model, String baseName, Format format) {
        return format == Format.PDF ? new Download(baseName + ".pdf", Download.PDF, documents.pdf(model))
                : new Download(baseName + ".docx", Download.DOCX, documents.docx(model));
    }

    /** An entered official number: digits only, at most six (a number below 10 is printed with a leading zero). */
    static String number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String n = raw.strip();
        if (!n.matches("[0-9]{1,6}")) {
            throw InvalidInput.of("number", "documents.number.invalid");
        }
        return n;
    }

    /** The status filter of the task list API: statuses separated by commas, and the group OPEN. */
    static Set<TaskStatus> statuses(String raw) {
        Set<TaskStatus> result = EnumSet.noneOf(TaskStatus.class);
        if (raw == null || raw.isBlank()) {
            return result;
        }
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
