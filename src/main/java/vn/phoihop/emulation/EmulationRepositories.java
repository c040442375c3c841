package vn.phoihop.emulation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MovementRepository extends JpaRepository<Movement, Long> {

    List<Movement> findByProgramIdOrderByPeriodStartDescIdAsc(Long programId);

    Optional<Movement> findByProgramIdAndDefaultKey(Long programId, String defaultKey);
}

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByMovementIdOrderBySortOrderAscIdAsc(Long movementId);
}

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByCriterionIdInOrderByRatedOnAscIdAsc(Collection<Long> criterionIds);

    List<Rating> findByCriterionIdOrderByRatedOnDescIdDesc(Long criterionId);
}

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByProgramIdOrderByProposedAtDescIdDesc(Long programId);

    List<Proposal> findByMovementIdAndOrganizationId(Long movementId, Long organizationId);
}
