package vn.phoihop.programs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, Long> {

    List<Program> findAllByOrderByYearDescIdDesc();

    List<Program> findByYearOrderByIdDesc(int year);

    @org.springframework.data.jpa.repository.Query("select p.id from Program p where p.keeperOrganizationId = :body")
    List<Long> keptBy(Long body);
}

interface PartyRepository extends JpaRepository<Party, Long> {

    List<Party> findByProgramIdOrderBySortOrderAscIdAsc(Long programId);

    List<Party> findByProgramIdIn(Collection<Long> programIds);

    @org.springframework.data.jpa.repository.Query("select x.programId from Party x where x.organizationId = :body")
    List<Long> programsOf(Long body);

    boolean existsByProgramIdAndOrganizationId(Long programId, Long organizationId);
}

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByProgramIdOrderBySortOrderAscIdAsc(Long programId);

    List<Theme> findByProgramIdIn(Collection<Long> programIds);
}

interface ProgramDirectionRepository extends JpaRepository<ProgramDirection, Long> {

    List<ProgramDirection> findByProgramIdOrderByCreatedAtAsc(Long programId);
}

interface RegulationRepository extends JpaRepository<Regulation, Long> {

    java.util.Optional<Regulation> findByProgramId(Long programId);

    List<Regulation> findByProgramIdIn(Collection<Long> programIds);
}
