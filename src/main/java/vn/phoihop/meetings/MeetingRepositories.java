package vn.phoihop.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByProgramIdOrderByHeldOnDescIdDesc(Long programId);
}

interface AttendeeRepository extends JpaRepository<Attendee, Long> {

    List<Attendee> findByMeetingIdOrderBySortOrderAscIdAsc(Long meetingId);

    List<Attendee> findByMeetingIdInAndRoleIn(Collection<Long> meetingIds, Collection<Attendee.Role> roles);
}

interface ConclusionRepository extends JpaRepository<Conclusion, Long> {

    List<Conclusion> findByMeetingIdOrderBySortOrderAscIdAsc(Long meetingId);

    long countByMeetingId(Long meetingId);

    List<Conclusion> findByMeetingIdIn(Collection<Long> meetingIds);
}

interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

    /** The documents of a meeting without their bytes. */
    @Query("select new vn.phoihop.meetings.MeetingDetails$DocumentDetails(d.id, d.meetingId, d.name, d.contentType,"
            + " d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt) from MeetingDocument d where d.meetingId = :meetingId"
            + " order by d.uploadedAt, d.id")
    List<MeetingDetails.DocumentDetails> describe(Long meetingId);
}
