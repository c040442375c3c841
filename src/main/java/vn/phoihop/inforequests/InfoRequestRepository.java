package vn.phoihop.inforequests;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InfoRequestRepository extends JpaRepository<InfoRequest, Long> {

    List<InfoRequest> findAllByOrderBySentOnDescIdDesc();

    /** Requests from or to the body, or in one of the programs (the programs the body keeps). */
    @Query("select r from InfoRequest r where r.fromOrganizationId = :body or r.toOrganizationId = :body"
            + " or r.programId in :programs order by r.sentOn desc, r.id desc")
    List<InfoRequest> involving(@Param("body") Long body, @Param("programs") Collection<Long> programs);

    List<InfoRequest> findByProgramIdOrderBySentOnAscIdAsc(Long programId);

    @Query("select r from InfoRequest r where r.sentOn <= :day and (r.answeredOn is null or r.answeredOn > :day)"
            + " order by r.dueDate asc, r.id asc")
    List<InfoRequest> unansweredOn(@Param("day") java.time.LocalDate day);
    List<InfoRequest> findByCaseIdInOrderBySentOnAscIdAsc(Collection<Long> caseIds);
}

interface InfoRequestFileRepository extends JpaRepository<InfoRequestFile, Long> {
}
