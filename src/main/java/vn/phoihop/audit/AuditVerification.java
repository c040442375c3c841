package vn.phoihop.audit;

/**
 * The outcome of checking the hash chain from its first entry: {@code ok} when every link holds; otherwise the id of
 * the first entry whose hash, link or position does not match ({@code firstBrokenId}, null when entries are missing
 * after the last one checked) and what was wrong ({@code problem}: HASH, LINK, GAP or TRUNCATED).
 */
public record AuditVerification(boolean ok, long checked, Long firstBrokenId, String problem) {
}
