package vn.phoihop.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarVersionRepository extends JpaRepository<CalendarVersion, Long> {

    /** The latest version number, 0 when nobody has edited: one look at the end of the primary key index. */
    @Query("select coalesce(max(v.id), 0) from CalendarVersion v")
    long latestNumber();

    /** For each year edited up to the version, its latest edit: what the calendar of that version is made of. */
    @Query("select v from CalendarVersion v where v.id in (select max(w.id) from CalendarVersion w"
            + " where w.id <= :number group by w.editedYear)")
    List<CalendarVersion> composing(long number);

    List<CalendarVersion> findAllByOrderByIdDesc();
}
