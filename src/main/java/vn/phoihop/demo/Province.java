package vn.phoihop.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PositionId;

/**
 * The registered demo province: ids of its bodies, who may sign for each body when, and the users to act as.
 *
 * @param bodies      the id of each body
 * @param signatories per body, the positions that sign for it, each with its validity
 * @param secretariat the program secretariat of the Office of the Provincial Party Committee
 * @param leader      the leader who gives directions
 * @param focalPoints the focal point of each body that has one
 */
record Province(Map<Body, OrganizationId> bodies, Map<Body, List<Signatory>> signatories, Actor secretariat,
                Actor leader, Map<Body, Actor> focalPoints) {

    record Signatory(PositionId position, LocalDate from, LocalDate to) {
        boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    OrganizationId id(Body body) {
        return bodies.get(body);
    }

    /** The position that signed for the body on the day, if any. */
    Long signatoryOn(Body body, LocalDate day) {
        return signatories.getOrDefault(body, List.of()).stream().filter(s -> s.holdsOn(day))
                .map(s -> s.position().value()).findFirst().orElse(null);
    }

    /** Progress is reported by the lead body's focal point where it has one, otherwise by the secretariat. */
    Actor reporterFor(Body lead) {
        return focalPoints.getOrDefault(lead, secretariat);
    }
}
