package vn.phoihop.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.programs.RegulationDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * The signed program (chương trình phối hợp) as a joint official document of all its parties (named as they were
 * at signing): the parties and signatories, each theme with its tasks (lead and co-operating bodies, output,
 * deadline), the implementation rules from the framework regulation, one signature block per party. The first
 * party's kind decides the layout; its stored code, when there is one, is the number and symbol.
 */
@Component
class ProgramDocument {

    private final Documents documents;
    private final Programs programs;
    private final Tasks tasks;
    private final Organizations organizations;
    private final Texts texts;

    ProgramDocument(Documents documents, Programs programs, Tasks tasks, Organizations organizations, Texts texts) {
        this.documents = documents;
        this.programs = programs;
        this.tasks = tasks;
        this.organizations = organizations;
        this.texts = texts;
    }

    DocumentModel build(ProgramDetails program, String number, Actor actor) {
        List<OrganizationId> issuerIds = new ArrayList<>(program.parties().stream()
                .map(ProgramDetails.PartyDetails::organizationId).distinct().toList());
        Map<OrganizationId, String> issuerNames = new LinkedHashMap<>();
        program.parties().forEach(p -> issuerNames.putIfAbsent(p.organizationId(), p.organizationName()));
        if (issuerIds.isEmpty()) {
            issuerIds.add(program.keeperOrganizationId());
            issuerNames.put(program.keeperOrganizationId(), program.keeperName());
        }
        List<TaskDetails> all = tasks.list(program.id(), Set.of(), null, actor).stream()
                .filter(t -> t.parentTaskId() == null && t.status() != TaskStatus.CANCELLED).toList();
        List<OrganizationId> ids = new ArrayList<>(issuerIds);
        all.forEach(t -> {
            ids.add(t.leadOrganizationId());
            ids.addAll(t.cooperatingOrganizationIds());
        });
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(ids);

        List<DocumentModel.Issuer> issuers = new ArrayList<>();
        DocumentModel.Layout layout = null;
        for (OrganizationId id : issuerIds) {
            OrganizationSummary body = bodies.get(id);
            if (body != null) {
                layout = layout == null ? DocumentModel.Layout.of(body.kind()) : layout;
                issuers.add(documents.issuer(body, issuerNames.getOrDefault(id, body.name())));
            }
        }
        boolean entered = number != null && !number.isBlank();
        String symbol = !entered && program.code() != null && !program.code().isBlank() ? program.code() : null;
        String summary = summary(program.title());
        DocumentModel model = new DocumentModel(layout == null ? DocumentModel.Layout.STATE : layout, issuers, number,
                symbol, "CTr", texts.get("documents.program.type"), summary, documents.place(),
                program.signedOn() != null ? program.signedOn() : documents.today(), List.of(), List.of(), List.of());

        List<DocumentModel.Block> body = new ArrayList<>();
        body.add(new DocumentModel.Note(texts.get("documents.period", Texts.date(program.periodStart()),
                Texts.date(program.periodEnd()))));
        body.add(new DocumentModel.Section(texts.get("documents.program.parties")));
        int i = 1;
        for (ProgramDetails.PartyDetails p : program.parties()) {
            body.add(new DocumentModel.Text(p.signatoryName() == null
                    ? texts.get("documents.program.party", i++, p.organizationName())
                    : texts.get("documents.program.partySignatory", i++, p.organizationName(),
                    p.signatoryTitle() == null ? "" : p.signatoryTitle(), p.signatoryName())));
        }
        body.add(new DocumentModel.Section(texts.get("documents.program.themes")));
        Map<Long, List<TaskDetails>> byTheme = new LinkedHashMap<>();
        program.themes().forEach(t -> byTheme.put(t.id().value(), new ArrayList<>()));
        List<TaskDetails> other = new ArrayList<>();
        for (TaskDetails t : all) {
            List<TaskDetails> list = t.themeId() == null ? null : byTheme.get(t.themeId().value());
            (list == null ? other : list).add(t);
        }
        int n = 1;
        for (ProgramDetails.ThemeDetails theme : program.themes()) {
            body.add(new DocumentModel.Section(texts.get("documents.program.theme", n++, theme.title())));
            body.add(taskTable(byTheme.get(theme.id().value()), bodies));
        }
        if (!other.isEmpty()) {
            body.add(new DocumentModel.Section(texts.get("documents.program.theme", n, texts.get("documents.noTheme"))));
            body.add(taskTable(other, bodies));
        }
        body.add(new DocumentModel.Section(texts.get("documents.program.organization")));
        body.add(new DocumentModel.Text(texts.get("documents.program.keeper", program.keeperName())));
        RegulationDetails regulation = programs.regulation(program.id(), actor);
        body.add(new DocumentModel.Text(texts.get("documents.program.regime",
                texts.get("regulation.cadence." + regulation.reportCadence()).toLowerCase(Texts.VI),
                regulation.infoRequestResponseDays(), regulation.reviewIntervalMonths())));

        List<DocumentModel.Signature> signatures = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (ProgramDetails.PartyDetails p : program.parties()) {
            signatures.add(new DocumentModel.Signature(
                    texts.get("documents.program.representative", DocumentModel.upper(p.organizationName())),
                    DocumentModel.upper(p.signatoryTitle() == null ? "" : p.signatoryTitle()),
                    p.signatoryName() == null ? "" : p.signatoryName()));
            recipients.add(texts.get("documents.recipients.body", p.organizationName()));
        }
        recipients.add(texts.get("documents.recipients.archive"));
        return model.with(body, signatures, recipients);
    }

    private DocumentModel.Block taskTable(List<TaskDetails> list, Map<OrganizationId, OrganizationSummary> bodies) {
        if (list.isEmpty()) {
            return new DocumentModel.Text(texts.get("documents.program.noTasks"));
        }
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (TaskDetails t : list) {
            rows.add(List.of(String.valueOf(i++), t.title(), name(bodies, t.leadOrganizationId()),
                    String.join(", ", t.cooperatingOrganizationIds().stream().map(o -> name(bodies, o)).toList()),
                    t.output() == null ? "" : t.output(), due(t)));
        }
        return new DocumentModel.Table(null, List.of(texts.get("documents.column.no"),
                texts.get("documents.column.task"), texts.get("documents.column.leadBody"),
                texts.get("documents.column.cooperatingBodies"), texts.get("documents.column.output"),
                texts.get("documents.column.dueDate")), rows, List.of(7, 29, 16, 18, 16, 14));
    }

    String due(TaskDetails t) {
        if (t.recurrence() != null) {
            return texts.get("documents.program.recurring", texts.get("tasks.recurrence." + t.recurrence()));
        }
        return Texts.date(t.dueDate());
    }

    static String name(Map<OrganizationId, OrganizationSummary> bodies, OrganizationId id) {
        OrganizationSummary b = id == null ? null : bodies.get(id);
        return b == null ? "" : b.label();
    }

    /** The trích yếu: the title without its leading "Chương trình", which the type line already says. */
    static String summary(String title) {
        String t = title.strip();
        String prefix = "chương trình ";
        if (t.length() > prefix.length() && t.toLowerCase(Texts.VI).startsWith(prefix)) {
            String rest = t.substring(prefix.length()).strip();
            return rest.substring(0, 1).toUpperCase(Texts.VI) + rest.substring(1);
        }
        return t;
    }
}
