package vn.phoihop.reviews;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByProgramIdOrderByPeriodEndDescIdDesc(Long programId);

    List<Review> findByProgramIdIn(java.util.Collection<Long> programIds);
}
