package vn.phoihop.periodicreports;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;

/**
 * A party's submitted report for one period. Only submissions are stored: the slots owed and their statuses
 * are computed from the regulation ({@link PeriodicReportRule}). A submission is final, so it has no version.
 */
@Entity
@Table(name = "periodic_report")
@Audited("periodic-report")
class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long organizationId;
    private LocalDate periodStart;
    private LocalDate submittedOn;
    @Column(name = "content")
    private String text;
    private Long authorUserId;
    private String authorName;
    private Instant createdAt;
    private String attachmentName;
    private String attachmentType;
    private Long attachmentSize;

    protected PeriodicReport() {
    }

    PeriodicReport(Long programId, Long organizationId, LocalDate periodStart, LocalDate submittedOn, String text,
                   Long authorUserId, String authorName, Instant createdAt) {
        this.programId = programId;
        this.organizationId = organizationId;
        this.periodStart = periodStart;
        this.submittedOn = submittedOn;
        this.text = text;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    void attach(String name, String contentType, long size) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentSize = size;
    }

    ReportAttachment.Info attachment() {
        return attachmentName == null ? null : new ReportAttachment.Info(attachmentName, attachmentType, attachmentSize);
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long organizationId() { return organizationId; }
    LocalDate periodStart() { return periodStart; }
    LocalDate submittedOn() { return submittedOn; }
    String text() { return text; }
    String authorName() { return authorName; }
    Instant createdAt() { return createdAt; }
}
