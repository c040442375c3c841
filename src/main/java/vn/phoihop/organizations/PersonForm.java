package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;

/** What registers a person with their positions. */
public record PersonForm(String fullName, List<PositionForm> positions) {

    public record PositionForm(Long organizationId, String title, LocalDate from, LocalDate to) {
    }
}
