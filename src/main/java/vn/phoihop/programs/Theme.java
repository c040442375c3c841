package vn.phoihop.programs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A theme (nội dung phối hợp) that groups the tasks of a program. */
@Entity
@Table(name = "theme")
@Audited("theme")
class Theme implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private String title;
    private int sortOrder;
    @Version
    private long version;

    protected Theme() {
    }

    Theme(Long programId, String title, int sortOrder) {
        this.programId = programId;
        this.title = title;
        this.sortOrder = sortOrder;
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
    String title() { return title; }
    int sortOrder() { return sortOrder; }
}
