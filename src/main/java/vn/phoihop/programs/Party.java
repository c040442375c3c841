package vn.phoihop.programs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/**
 * A signing party (bên ký kết). Its body's name and the signatory's name and title are copied when the program
 * is signed, so an old program shows its parties as they were then.
 */
@Entity
@Table(name = "program_party")
@Audited("party")
class Party implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long organizationId;
    private String organizationName;
    private Long signatoryPositionId;
    private String signatoryName;
    private String signatoryTitle;
    private int sortOrder;

    protected Party() {
    }

    Party(Long programId, Long organizationId, String organizationName, Long signatoryPositionId, int sortOrder) {
        this.programId = programId;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.signatoryPositionId = signatoryPositionId;
        this.sortOrder = sortOrder;
    }

    void recordAsSigned(String organizationName, String signatoryName, String signatoryTitle) {
        this.organizationName = organizationName;
        this.signatoryName = signatoryName;
        this.signatoryTitle = signatoryTitle;
    }

    @Override
    public String auditParentType() {
        return "program";
    }

    @Override
    public Long auditParentId() {
        return programId;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long organizationId() { return organizationId; }
    String organizationName() { return organizationName; }
    Long signatoryPositionId() { return signatoryPositionId; }
    String signatoryName() { return signatoryName; }
    String signatoryTitle() { return signatoryTitle; }
    int sortOrder() { return sortOrder; }
}
