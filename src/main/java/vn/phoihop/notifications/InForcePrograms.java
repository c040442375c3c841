package vn.phoihop.notifications;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/** The programs in force, whose deadlines bind: drafts bind nobody yet, closed programs nobody any more. */
@Component
class InForcePrograms {

    /** The job reads for the whole system, as an administrator would; it changes nothing. */
    private static final Actor SYSTEM = new Actor(new UserId(0), "system", "PhoiHop", null, Set.of(Role.ADMIN));

    private final Programs programs;

    InForcePrograms(Programs programs) {
        this.programs = programs;
    }

    List<ProgramDetails> list() {
        return programs.list(null, ProgramStatus.IN_FORCE, SYSTEM);
    }
}
