package vn.phoihop.periodicreports;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;
import vn.phoihop.audit.Masked;

/** The bytes of a report's attachment, apart from the report so that lists never load them. */
@Entity
@Table(name = "periodic_report_file")
@Audited("periodic-report-file")
class PeriodicReportFile implements AuditedChild {

    @Id
    private Long periodicReportId;
    // The audit trail records that a file was stored, not its bytes.
    @Masked
    private byte[] content;

    protected PeriodicReportFile() {
    }

    PeriodicReportFile(Long periodicReportId, byte[] content) {
        this.periodicReportId = periodicReportId;
        this.content = content;
    }

    @Override
    public String auditParentType() {
        return "periodic-report";
    }

    @Override
    public Long auditParentId() {
        return periodicReportId;
    }

    byte[] content() { return content; }
}
