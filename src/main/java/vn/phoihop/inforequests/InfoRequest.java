package vn.phoihop.inforequests;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.shared.Conflict;

/**
 * A request for information from one body to another. The due date is computed once, when sent, from the
 * response limit and the working-day calendar, both recorded with it; the status is computed, never stored.
 */
@Entity
@Table(name = "info_request")
@Audited("info-request")
class InfoRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long caseId;
    private Long fromOrganizationId;
    private Long toOrganizationId;
    private String subject;
    private String content;
    private LocalDate sentOn;
    private int responseDays;
    private LocalDate dueDate;
    private long calendarVersion;
    private Long sentByUserId;
    private String sentByName;
    private LocalDate answeredOn;
    private String answer;
    private Long answeredByUserId;
    private String answeredByName;
    private Instant answeredAt;
    private Instant createdAt;
    private String attachmentName;
    private String attachmentType;
    private Long attachmentSize;
    @Version
    private long version;

    protected InfoRequest() {
    }

    InfoRequest(Long programId, Long caseId, Long fromOrganizationId, Long toOrganizationId, String subject,
                String content, LocalDate sentOn, int responseDays, LocalDate dueDate, long calendarVersion,
                Long sentByUserId, String sentByName, Instant createdAt) {
        this.programId = programId;
        this.caseId = caseId;
        this.fromOrganizationId = fromOrganizationId;
        this.toOrganizationId = toOrganizationId;
        this.subject = subject;
        this.content = content;
        this.sentOn = sentOn;
        this.responseDays = responseDays;
        this.dueDate = dueDate;
        this.calendarVersion = calendarVersion;
        this.sentByUserId = sentByUserId;
        this.sentByName = sentByName;
        this.createdAt = createdAt;
    }

    void answer(LocalDate on, String text, Long userId, String userName, Instant at) {
        if (answeredOn != null) {
            throw new Conflict("inforequests.answer.already");
        }
        this.answeredOn = on;
        this.answer = text;
        this.answeredByUserId = userId;
        this.answeredByName = userName;
        this.answeredAt = at;
    }

    void attach(String name, String contentType, long size) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentSize = size;
    }

    RequestAttachment.Info attachment() {
        return attachmentName == null ? null : new RequestAttachment.Info(attachmentName, attachmentType, attachmentSize);
    }

    boolean isAnswered() {
        return answeredOn != null;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long caseId() { return caseId; }
    Long fromOrganizationId() { return fromOrganizationId; }
    Long toOrganizationId() { return toOrganizationId; }
    String subject() { return subject; }
    String content() { return content; }
    LocalDate sentOn() { return sentOn; }
    int responseDays() { return responseDays; }
    LocalDate dueDate() { return dueDate; }
    long calendarVersion() { return calendarVersion; }
    String sentByName() { return sentByName; }
    LocalDate answeredOn() { return answeredOn; }
    String answer() { return answer; }
    String answeredByName() { return answeredByName; }
    long version() { return version; }
}
