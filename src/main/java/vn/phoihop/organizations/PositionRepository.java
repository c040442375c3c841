package vn.phoihop.organizations;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, Long> {

    List<Position> findByPersonIdOrderById(Long personId);

    List<Position> findByPersonIdInOrderById(Collection<Long> personIds);
}
