package vn.phoihop.opinion;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpinionNoteRepository extends JpaRepository<OpinionNote, Long> {

    List<OpinionNote> findByProgramIdOrderByNotedOnDescIdDesc(Long programId);

    @Query("select n from OpinionNote n order by n.id")
    Stream<OpinionNote> streamAll();
}
