package vn.phoihop.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

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
