package vn.phoihop.periodicreports;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {

    List<PeriodicReport> findByProgramId(Long programId);

    boolean existsByProgramIdAndOrganizationIdAndPeriodStart(Long programId, Long organizationId, LocalDate periodStart);
}

interface PeriodicReportFileRepository extends JpaRepository<PeriodicReportFile, Long> {
}
