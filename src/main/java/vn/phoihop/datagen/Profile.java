package vn.phoihop.datagen;

import java.util.Arrays;

/**
 * The shape of a generated dataset. {@code scale} multiplies programs, tasks per program, bodies, users, cases and
 * audit entries (at least a few of each remain, enough for every case status), so that the tests can run a profile
 * in miniature.
 */
public record Profile(String name, int bodies, int users, int programs, int tasksPerProgram, int reportsPerTask,
                      int cases, int auditEntries, int years) {

    /**
     * The year of the {@code p}-th program: spread evenly over the profile's {@code years} (this year, last year, …);
     * with one year, as in the Redmine-shaped profile, every tenth program still falls in an earlier year.
     */
    public int yearOf(int p, int thisYear) {
        if (years > 1) {
            return thisYear - p % years;
        }
        return thisYear - (p % 10 == 9 && programs >= 10 ? p / 10 % 10 : 0);
    }

    /** The shape of the Redmine peer: 20 projects × 500 issues, 50 users, ~50,000 journals; no cases, no audit. */
    public static final Profile REDMINE_EQUIVALENT = new Profile("redmine-equivalent", 20, 50, 20, 500, 5, 0, 0, 1);
    /**
     * Ten years of a province: 500 bodies, 5,000 users, 500 programs, 50,000 tasks, 500,000 progress reports,
     * 100,000 citizens' cases, 1,000,000 audit entries; the programs spread over the ten years (50 a year).
     */
    public static final Profile PROVINCE_10Y = new Profile("province-10y", 500, 5000, 500, 100, 10, 100_000, 1_000_000,
            10);

    public static Profile named(String name) {
        return Arrays.asList(REDMINE_EQUIVALENT, PROVINCE_10Y).stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile " + name
                        + " (redmine-equivalent, province-10y)"));
    }

    public Profile scaled(double scale) {
        if (scale == 1.0) {
            return this;
        }
        return new Profile(name, Math.max(4, (int) Math.round(bodies * scale)), Math.max(4, (int) Math.round(users * scale)),
                Math.max(1, (int) Math.round(programs * scale)), Math.max(12, (int) Math.round(tasksPerProgram * scale)),
                reportsPerTask, cases == 0 ? 0 : Math.max(1000, (int) Math.round(cases * scale)),
                auditEntries == 0 ? 0 : Math.max(500, (int) Math.round(auditEntries * scale)), years);
    }
}
