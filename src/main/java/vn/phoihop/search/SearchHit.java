package vn.phoihop.search;

import vn.phoihop.shared.ProgramId;

/**
 * One result: {@code title} is plain text (escape it when showing it); {@code snippet} is HTML built by the server
 * from escaped text with {@code <mark>} around the matched words, safe to insert as is.
 */
public record SearchHit(String kind, long id, String title, String snippet, Integer year, ProgramId programId,
                        String url) {
}
