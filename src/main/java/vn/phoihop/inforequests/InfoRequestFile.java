package vn.phoihop.inforequests;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;
import vn.phoihop.audit.Masked;

/** The bytes of a request's attachment, apart from the request so that lists never load them. */
@Entity
@Table(name = "info_request_file")
@Audited("info-request-file")
class InfoRequestFile implements AuditedChild {

    @Id
    private Long infoRequestId;
    // The audit trail records that a file was stored, not its bytes.
    @Masked
    private byte[] content;

    protected InfoRequestFile() {
    }

    InfoRequestFile(Long infoRequestId, byte[] content) {
        this.infoRequestId = infoRequestId;
        this.content = content;
    }

    @Override
    public String auditParentType() {
        return "info-request";
    }

    @Override
    public Long auditParentId() {
        return infoRequestId;
    }

    byte[] content() { return content; }
}
