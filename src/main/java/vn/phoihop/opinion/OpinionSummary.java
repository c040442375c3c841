package vn.phoihop.opinion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Notes of a period counted by tone, in all and by topic (topics in alphabetical order). */
public record OpinionSummary(LocalDate from, LocalDate to, int total, int positive, int neutral, int negative,
                             List<TopicCounts> byTopic) {

    public record TopicCounts(String topic, int total, int positive, int neutral, int negative) {
    }

    /** Pure: counts the notes dated within [from, to]. */
    static OpinionSummary of(List<OpinionNoteDetails> notes, LocalDate from, LocalDate to) {
        int[] all = new int[3];
        Map<String, int[]> topics = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (OpinionNoteDetails n : notes) {
            if (n.notedOn().isBefore(from) || n.notedOn().isAfter(to)) {
                continue;
            }
            all[n.tone().ordinal()]++;
            topics.computeIfAbsent(n.topic(), k -> new int[3])[n.tone().ordinal()]++;
        }
        List<TopicCounts> byTopic = new ArrayList<>();
        topics.forEach((t, c) -> byTopic.add(new TopicCounts(t, c[0] + c[1] + c[2], c[0], c[1], c[2])));
        return new OpinionSummary(from, to, all[0] + all[1] + all[2], all[0], all[1], all[2], byTopic);
    }

    /** The review section: plain JSON values. */
    Map<String, Object> asFigures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("positive", positive);
        m.put("neutral", neutral);
        m.put("negative", negative);
        List<Map<String, Object>> topics = new ArrayList<>();
        for (TopicCounts t : byTopic) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", t.topic());
            row.put("total", t.total());
            row.put("positive", t.positive());
            row.put("neutral", t.neutral());
            row.put("negative", t.negative());
            topics.add(row);
        }
        m.put("byTopic", topics);
        return m;
    }
}
