package vn.phoihop.opinion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

/** A note of public opinion grasped about a program (and perhaps one of its tasks). */
@Entity
@Table(name = "opinion_note")
@Audited("opinion-note")
class OpinionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long taskId;
    private Long organizationId;
    private String topic;
    private String source;
    private String locality;
    @Enumerated(EnumType.STRING)
    private Tone tone;
    private LocalDate notedOn;
    private String content;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected OpinionNote() {
    }

    OpinionNote(Long programId, Long organizationId, String createdBy, Instant createdAt) {
        this.programId = programId;
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String topic, String source, String locality, Tone tone, Long taskId, LocalDate notedOn,
                  String content) {
        this.topic = topic;
        this.source = source;
        this.locality = locality;
        this.tone = tone;
        this.taskId = taskId;
        this.notedOn = notedOn;
        this.content = content;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long taskId() { return taskId; }
    Long organizationId() { return organizationId; }
    String topic() { return topic; }
    String source() { return source; }
    String locality() { return locality; }
    Tone tone() { return tone; }
    LocalDate notedOn() { return notedOn; }
    String content() { return content; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }
}
