package vn.phoihop.imports;

import java.util.ArrayList;
import java.util.List;

import vn.phoihop.organizations.OrganizationSummary;

/** The bodies a matcher recognises: each by its name, short name and aliases (organizations' own data). */
final class ImportBodies {

    private ImportBodies() {
    }

    static BodyMatcher matcher(List<OrganizationSummary> bodies) {
        List<BodyMatcher.Body> all = new ArrayList<>();
        for (OrganizationSummary o : bodies) {
            List<String> names = new ArrayList<>();
            names.add(o.name());
            if (o.shortName() != null) {
                names.add(o.shortName());
            }
            names.addAll(o.aliases());
            all.add(new BodyMatcher.Body(o.id().value(), o.name(), names));
        }
        return new BodyMatcher(all);
    }
}
