package vn.phoihop.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EmptyFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramForm;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Role;
import vn.phoihop.tasks.TaskForm;
import vn.phoihop.tasks.Tasks;

/**
 * Program documents in Word: read into a draft to review, then saved as a draft program (not signed) with its themes
 * and tasks, all or nothing, through the programs and tasks facades.
 */
@Service
class ProgramImports {

    /** A reviewed draft, as the API and the review page send it. */
    record SaveForm(String title, Integer year, String code, Long keeperOrganizationId, List<PartyForm> parties,
                    List<ThemeForm> themes) {
    }

    record PartyForm(Long organizationId) {
    }

    record ThemeForm(String title, List<TaskDraftForm> tasks) {
    }

    record TaskDraftForm(String title, String description, Long leadOrganizationId,
                         List<Long> cooperatingOrganizationIds, Long advisingOrganizationId, String output,
                         LocalDate dueDate, String recurrence) {
    }

    private final Programs programs;
    private final Tasks tasks;
    private final Organizations organizations;
    private final Clock clock;

    ProgramImports(Programs programs, Tasks tasks, Organizations organizations, Clock clock) {
        this.programs = programs;
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    ProgramDraft read(byte[] file, Actor actor) {
        mayImport(actor);
        if (file == null || file.length == 0) {
            throw InvalidInput.of("file", "imports.file.empty");
        }
        if (file.length > TaskSheet.MAX_BYTES) {
            throw InvalidInput.of("file", "imports.file.tooLarge");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw InvalidInput.of("file", "imports.file.notDocx");
        }
        TaskSheet.columnsList(); // the zip-bomb limits are set with the sheet's class
        List<ProgramDocumentReader.Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    blocks.add(ProgramDocumentReader.Block.paragraph(p.getText(), p.getNumID() == null ? null
                            : p.getNumFmt()));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        blocks.add(ProgramDocumentReader.Block.row(r.getTableCells().stream()
                                .map(XWPFTableCell::getText).toList()));
                    }
                }
            }
        } catch (EmptyFileException e) {
            throw InvalidInput.of("file", "imports.file.empty");
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", bomb(e) ? "imports.file.zipBomb" : "imports.file.notDocx");
        }
        return ProgramDocumentReader.read(blocks, ImportBodies.matcher(organizations.list(true)),
                LocalDate.now(clock).getYear());
    }

    /** Creates the program (draft), its themes and its tasks; 400 with every field at fault and nothing created. */
    @Transactional
    public ProgramDetails save(SaveForm form, Actor actor) {
        mayImport(actor);
        List<ProgramForm.PartyForm> parties = form.parties() == null ? List.of() : form.parties().stream()
                .map(p -> new ProgramForm.PartyForm(p == null ? null : p.organizationId(), null)).toList();
        ProgramDetails program = programs.create(new ProgramForm(form.title(), form.year(), null, null, form.code(),
                form.keeperOrganizationId(), parties, false, null), actor);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        List<ThemeForm> themes = form.themes() == null ? List.of() : form.themes();
        for (int i = 0; i < themes.size(); i++) {
            ThemeForm theme = themes.get(i);
            String prefix = "themes[" + i + "]";
            Long themeId = null;
            try {
                themeId = programs.addTheme(program.id(), theme == null ? null : theme.title(), actor).id().value();
            } catch (InvalidInput e) {
                e.errors().forEach(f -> errors.add(new InvalidInput.FieldError(prefix + "." + f.field(), f.messageKey(),
                        f.args())));
            }
            List<TaskDraftForm> items = theme == null || theme.tasks() == null ? List.of() : theme.tasks();
            for (int j = 0; j < items.size(); j++) {
                TaskDraftForm t = items.get(j);
                String taskPrefix = prefix + ".tasks[" + j + "]";
                try {
                    tasks.create(program.id(), new TaskForm(t.title(), t.description(), themeId, null,
                            t.leadOrganizationId(), t.cooperatingOrganizationIds(), t.advisingOrganizationId(),
                            t.output(), t.recurrence() == null || t.recurrence().isBlank() ? t.dueDate() : null,
                            t.recurrence(), null, null), actor);
                } catch (InvalidInput e) {
                    e.errors().forEach(f -> errors.add(new InvalidInput.FieldError(taskPrefix + "." + f.field(),
                            f.messageKey(), f.args())));
                }
            }
        }
        if (!errors.isEmpty()) {
            // Out of this transaction: the program, its themes and tasks created above are rolled back.
            throw new InvalidInput(errors);
        }
        return programs.get(program.id(), actor);
    }

    private static void mayImport(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            throw new Forbidden("imports.forbidden");
        }
    }

    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }
}
