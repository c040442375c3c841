package vn.phoihop.datagen;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the generator has written so far ({@code today} and {@code now}: when, by the clock; nothing is dated later),
 * by the first id and count of each table: users are numbered body by body
 * ({@code user = nth × bodies + body}); the n-th report was written on task {@code reportTask[n]} (offsets from the
 * first ids) by user {@code reportAuthor[n]}.
 */
record Province(String prefix, LocalDate today, Instant now, long firstBody, int bodies, long firstUser, int users,
                long firstProgram, int programs, long firstTask, int tasks, long firstReport, int[] reportTask,
                int[] reportAuthor) {

    String username(int user) {
        return prefix + "-b" + (user % bodies) + "-u" + (user / bodies);
    }

    /**
     * One of the body's CASE_HANDLER users (the third user of a body on), chosen by {@code k}; its FOCAL_POINT when
     * the body has none.
     */
    int handler(int body, int k) {
        int perBody = (users - 1 - body) / bodies + 1;
        int nth = perBody <= 2 ? 0 : 2 + Math.floorMod(k, perBody - 2);
        return nth * bodies + body;
    }

    int reports() {
        return reportTask.length;
    }
}
