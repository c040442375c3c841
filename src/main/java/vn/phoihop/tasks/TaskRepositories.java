package vn.phoihop.tasks;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByProgramIdOrderByIdAsc(Long programId);

    List<Task> findByParentTaskIdOrderByIdAsc(Long parentTaskId);

    /** Every task of the programs as plain rows (no entities): what status computations over many tasks read. */
    @Query("select new vn.phoihop.tasks.TaskRow(t.id, t.programId, t.themeId, t.parentTaskId, t.title, t.description,"
            + " t.leadOrganizationId, t.advisingOrganizationId, t.output, t.originalDueDate, t.recurrence,"
            + " t.occurrenceLabel, t.priority, t.cancelledOn, t.cancelReason, t.conclusionId, t.version, t.createdAt)"
            + " from Task t where t.programId in :programIds order by t.id")
    List<TaskRow> rowsOfPrograms(Collection<Long> programIds);

    /** (task id, co-operating body id) pairs of the programs' tasks. */
    @Query("select t.id, c from Task t join t.cooperatingOrganizationIds c where t.programId in :programIds")
    List<Object[]> cooperatingOfPrograms(Collection<Long> programIds);

    List<Task> findByConclusionIdInOrderByIdAsc(Collection<Long> conclusionIds);

    /** With {@link #programsAdvisedBy} and {@link #programsCooperatedBy(Long)}: each from its own index. */
    @Query("select distinct t.programId from Task t where t.leadOrganizationId = :body")
    List<Long> programsLedBy(Long body);

    @Query("select distinct t.programId from Task t where t.advisingOrganizationId = :body")
    List<Long> programsAdvisedBy(Long body);

    @Query("select distinct t.programId from Task t join t.cooperatingOrganizationIds c where c = :body")
    List<Long> programsCooperatedBy(Long body);

    @Query("select count(t) > 0 from Task t left join t.cooperatingOrganizationIds c where t.programId = :program"
            + " and (t.leadOrganizationId = :body or t.advisingOrganizationId = :body or c = :body)")
    boolean involves(Long program, Long body);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByTaskIdInOrderByReportedOnAscIdAsc(Collection<Long> taskIds);

    @Query("select new vn.phoihop.tasks.ReportFact(r.taskId, r.id, r.reportedOn, r.percent, r.completed)"
            + " from ProgressReport r where r.taskId in :taskIds")
    List<ReportFact> factsOf(Collection<Long> taskIds);

    @Query("select new vn.phoihop.tasks.ReportFact(r.taskId, r.id, r.reportedOn, r.percent, r.completed)"
            + " from ProgressReport r, Task t where t.id = r.taskId and t.programId in :programIds")
    List<ReportFact> factsOfPrograms(Collection<Long> programIds);

    List<ProgressReport> findByTaskIdOrderByReportedOnAscIdAsc(Long taskId);

    /** {@link #factsOf} for one task: a query without a list parameter, whose SQL Hibernate keeps. */
    @Query("select new vn.phoihop.tasks.ReportFact(r.taskId, r.id, r.reportedOn, r.percent, r.completed)"
            + " from ProgressReport r where r.taskId = :taskId")
    List<ReportFact> factsOfTask(Long taskId);
}

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    @Query("select d from DeadlineChange d where d.taskId in :taskIds")
    List<DeadlineChange> findByTaskIdIn(Collection<Long> taskIds);

    @Query("select d from DeadlineChange d where d.taskId = :taskId")
    List<DeadlineChange> ofTask(Long taskId);

    @Query("select d from DeadlineChange d, Task t where t.id = d.taskId and t.programId in :programIds")
    List<DeadlineChange> findByProgramIdIn(Collection<Long> programIds);
}

interface TaskDirectionRepository extends JpaRepository<TaskDirection, Long> {

    List<TaskDirection> findByTaskIdOrderByCreatedAtAsc(Long taskId);

    List<TaskDirection> findByTaskIdInOrderByCreatedAtAsc(Collection<Long> taskIds);
}
