package vn.phoihop.shared;

import java.time.Instant;

/** A leader's direction (ý kiến chỉ đạo) on a program or a task. */
public record Direction(long id, String author, String text, Instant createdAt) {
}
