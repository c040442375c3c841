package vn.phoihop.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/**
 * Someone at a meeting in a role (chair, directing, attending), recorded by the position they held. The person's
 * name, the title and the body's name are copied when recorded, so an old meeting shows them as they were then,
 * whatever the body is called today.
 */
@Entity
@Table(name = "meeting_attendee")
@Audited("attendee")
class Attendee implements AuditedChild {

    enum Role { CHAIR, DIRECTING, ATTENDEE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_role")
    private Role role;
    private Long positionId;
    private String personName;
    private String positionTitle;
    private Long organizationId;
    private String organizationName;
    private int sortOrder;

    protected Attendee() {
    }

    Attendee(Long meetingId, Role role, Long positionId, String personName, String positionTitle,
             Long organizationId, String organizationName, int sortOrder) {
        this.meetingId = meetingId;
        this.role = role;
        this.positionId = positionId;
        this.personName = personName;
        this.positionTitle = positionTitle;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.sortOrder = sortOrder;
    }

    void reorder(int sortOrder) {
        this.sortOrder = sortOrder;
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
    Role role() { return role; }
    Long positionId() { return positionId; }
    String personName() { return personName; }
    String positionTitle() { return positionTitle; }
    Long organizationId() { return organizationId; }
    String organizationName() { return organizationName; }
    int sortOrder() { return sortOrder; }
}
