package vn.phoihop.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The kinds of notification a user may turn off: {@code <category>_DUE}, {@code <category>_OVERDUE}, ESCALATION. */
final class NotificationKinds {

    /** A task or request overdue for longer than the configured working days, told to the body's leaders. */
    static final String ESCALATION = "ESCALATION";

    private NotificationKinds() {
    }

    static String of(String category, boolean overdue) {
        return category + (overdue ? "_OVERDUE" : "_DUE");
    }

    /** Every kind the sources produce, in the sources' order, then ESCALATION. */
    static List<String> all(List<ReminderSource> sources) {
        List<String> kinds = new ArrayList<>();
        for (ReminderSource s : sources) {
            kinds.add(of(s.category(), false));
            kinds.add(of(s.category(), true));
        }
        kinds.add(ESCALATION);
        return Collections.unmodifiableList(kinds);
    }
}
