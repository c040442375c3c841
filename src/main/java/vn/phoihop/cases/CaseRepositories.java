package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<CitizenCase, Long> {

    @Query("select c.id from CitizenCase c order by c.receivedOn desc, c.id desc")
    List<Long> idsNewestFirst();

    @Query("select c from CitizenCase c where c.receivedOn <= :end and c.handlingOrganizationId in :bodies")
    List<CitizenCase> receivedByHandledBy(@Param("end") LocalDate end, @Param("bodies") Collection<Long> bodies);

    @Query("select distinct c from CitizenCase c join c.taskIds t where c.receivedOn <= :end and t in :taskIds")
    List<CitizenCase> receivedByLinkedTo(@Param("end") LocalDate end, @Param("taskIds") Collection<Long> taskIds);

    List<CitizenCase> findByHandlingOrganizationIdInOrderByReceivedOnDescIdDesc(Collection<Long> bodies);

    @Query("select c from CitizenCase c where c.closedOn is not null and c.closedOn < :before"
            + " and c.citizenErasedOn is null")
    List<CitizenCase> closedBefore(@Param("before") LocalDate before);
}

interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

    List<CaseDeadline> findByCaseIdIn(Collection<Long> caseIds);

    List<CaseDeadline> findByCaseId(Long caseId);
}

interface CaseExtensionRepository extends JpaRepository<CaseExtension, Long> {

    List<CaseExtension> findByCaseIdOrderByIdAsc(Long caseId);
}

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select new vn.phoihop.cases.CaseDetails$Document(d.id, d.stage, d.name, d.contentType, d.sizeBytes,"
            + " d.sha256, d.uploadedBy, d.uploadedAt) from CaseDocument d where d.caseId = :caseId order by d.id")
    List<CaseDetails.Document> describe(@Param("caseId") Long caseId);
}

interface CaseSupervisionRepository extends JpaRepository<CaseSupervision, Long> {

    List<CaseSupervision> findByCaseIdIn(Collection<Long> caseIds);

    List<CaseSupervision> findBySupervisingOrganizationId(Long body);

    boolean existsByCaseIdAndSupervisingOrganizationId(Long caseId, Long body);
}

interface SupervisionRuleRepository extends JpaRepository<SupervisionRule, Long> {
}

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByCaseIdOrderByIdAsc(Long caseId);
}
