package vn.phoihop.tasks;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByProgramIdOrderByIdAsc(Long programId);

    List<Task> findByProgramIdInOrderByIdAsc(Collection<Long> programIds);

    List<Task> findByParentTaskIdOrderByIdAsc(Long parentTaskId);

    List<Task> findByConclusionIdInOrderByIdAsc(Collection<Long> conclusionIds);

    @Query("select distinct t.programId from Task t left join t.cooperatingOrganizationIds c"
            + " where t.leadOrganizationId = :body or t.advisingOrganizationId = :body or c = :body")
    List<Long> programsInvolving(Long body);

    @Query("select count(t) > 0 from Task t left join t.cooperatingOrganizationIds c where t.programId = :program"
            + " and (t.leadOrganizationId = :body or t.advisingOrganizationId = :body or c = :body)")
    boolean involves(Long program, Long body);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByTaskIdInOrderByReportedOnAscIdAsc(Collection<Long> taskIds);

    @Query("select new vn.phoihop.tasks.ReportFact(r.taskId, r.id, r.reportedOn, r.percent, r.completed)"
            + " from ProgressReport r where r.taskId in :taskIds")
    List<ReportFact> factsOf(Collection<Long> taskIds);

    List<ProgressReport> findByTaskIdOrderByReportedOnAscIdAsc(Long taskId);
}

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    List<DeadlineChange> findByTaskIdIn(Collection<Long> taskIds);
}

interface TaskDirectionRepository extends JpaRepository<TaskDirection, Long> {

    List<TaskDirection> findByTaskIdOrderByCreatedAtAsc(Long taskId);

    List<TaskDirection> findByTaskIdInOrderByCreatedAtAsc(Collection<Long> taskIds);
}
