package vn.phoihop.periodicreports;

/**
 * A file sent with a periodic report: in JSON {@code {fileName, contentType, content}} with the content in
 * base64; at most {@link #MAX_BYTES}. Stored in the database, served only as a download.
 */
public record ReportAttachment(String fileName, String contentType, byte[] content) {

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** What a report shows of its file. */
    public record Info(String fileName, String contentType, long size) {
    }
}
