package vn.phoihop.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A conclusion (kết luận) of a meeting: an item of its own, in order, that follow-up tasks carry out. */
@Entity
@Table(name = "meeting_conclusion")
@Audited("conclusion")
class Conclusion implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private String content;
    private int sortOrder;
    @Version
    private long version;
    private Instant createdAt;

    protected Conclusion() {
    }

    Conclusion(Long meetingId, String content, int sortOrder, Instant createdAt) {
        this.meetingId = meetingId;
        this.content = content;
        this.sortOrder = sortOrder;
        this.createdAt = createdAt;
    }

    @Override
    public String auditParentType() {
        return "meeting";
    }

    @Override
    public Long auditParentId() {
        return meetingId;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    String content() { return content; }
    int sortOrder() { return sortOrder; }
    long version() { return version; }
}
