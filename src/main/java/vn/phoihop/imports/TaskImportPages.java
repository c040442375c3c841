package vn.phoihop.imports;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/** Task lists in Excel on pages: template and export downloads, upload, progress with preview, confirmation. */
@Controller
class TaskImportPages {

    private final TaskImports imports;
    private final Programs programs;
    private final Accounts accounts;
    private final FormErrors formErrors;

    TaskImportPages(TaskImports imports, Programs programs, Accounts accounts, FormErrors formErrors) {
        this.imports = imports;
        this.programs = programs;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/programs/{id}/tasks/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return ImportsApi.xlsx("mau-nhiem-vu-" + id + ".xlsx", imports.template(new ProgramId(id), accounts.currentActor()));
    }

    @GetMapping("/programs/{id}/tasks/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ImportsApi.xlsx("nhiem-vu-" + id + ".xlsx", imports.export(new ProgramId(id), accounts.currentActor()));
    }

    @GetMapping("/programs/{id}/tasks/import")
    String newForm(@PathVariable long id, Model model) {
        model.addAttribute("program", programs.get(new ProgramId(id), accounts.currentActor()));
        return "imports/tasks";
    }

    @PostMapping("/programs/{id}/tasks/import")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        Actor actor = accounts.currentActor();
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "imports.file.empty");
            }
            if (file.getSize() > TaskSheet.MAX_BYTES) {
                throw InvalidInput.of("file", "imports.file.tooLarge");
            }
            String job = imports.startPreview(new ProgramId(id), file.getOriginalFilename(), file.getBytes(), actor);
            return "redirect:/imports/" + job;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("program", programs.get(new ProgramId(id), actor));
            return "imports/tasks";
        }
    }

    @GetMapping("/imports/{jobId}")
    String show(@PathVariable String jobId, Model model) {
        fill(jobId, model);
        return "imports/job";
    }

    /** The progress fragment htmx polls while the job runs; the preview or the result once it is done. */
    @GetMapping("/imports/{jobId}/progress")
    String progress(@PathVariable String jobId, Model model) {
        fill(jobId, model);
        return "imports/job :: progress";
    }

    @PostMapping("/imports/{jobId}/confirm")
    String confirm(@PathVariable String jobId) {
        imports.confirm(jobId, accounts.currentActor());
        return "redirect:/imports/" + jobId;
    }

    private void fill(String jobId, Model model) {
        Actor actor = accounts.currentActor();
        ImportJobs.Job job = imports.job(jobId, actor);
        model.addAttribute("job", job);
        model.addAttribute("problems", imports.render(job.problems()));
        model.addAttribute("program", programs.get(new ProgramId(job.programId()), actor));
    }
}
