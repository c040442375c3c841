package vn.phoihop.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit: 413 when the declared length says so, and a body sent without a length
 * stops being read at the limit (the request then fails as unreadable, 400).
 */
class RequestSizeLimit extends OncePerRequestFilter {

    /** API endpoints that take an attachment (a file of up to 10 MB, base64 in JSON or as the raw body). */
    static final List<String> UPLOADS = List.of("/api/v1/meetings/*/documents", "/api/v1/info-requests",
            "/api/v1/programs/*/periodic-reports", "/api/v1/programs/*/tasks/import", "/api/v1/imports/program-docx",
            "/api/v1/cases/*/documents", "/api/v1/cases/import");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long standard;
    private final long upload;
    private final ProblemResponses problems;

    RequestSizeLimit(long standard, long upload, ProblemResponses problems) {
        this.standard = standard;
        this.upload = upload;
        this.problems = problems;
    }

    private long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return upload;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UPLOADS.stream().anyMatch(p -> PATHS.match(p, path)) ? upload : standard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitFor(request);
        if (request.getContentLengthLong() > max) {
            if (problems != null) {
                problems.write(request, response, 413, "security.problem.tooLarge");
            } else {
                response.sendError(413);
            }
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, max) : request, response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new IOException("request body over " + max + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > max) {
                            throw new IOException("request body over " + max + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
