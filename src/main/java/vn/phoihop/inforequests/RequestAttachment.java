package vn.phoihop.inforequests;

/**
 * A file sent with an information request: in JSON {@code {fileName, contentType, content}} with the content in
 * base64; at most {@link #MAX_BYTES}. Stored in the database, served only as a download.
 */
public record RequestAttachment(String fileName, String contentType, byte[] content) {

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** What a request shows of its file. */
    public record Info(String fileName, String contentType, long size) {
    }
}
