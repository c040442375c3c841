package vn.phoihop.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.PositionId;
import vn.phoihop.shared.Text;

/** Bodies, people and positions: registering them and answering who is who. */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final PositionRepository positions;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;

    Organizations(OrganizationRepository organizations, PersonRepository people, PositionRepository positions,
                  Clock clock, jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.organizations = organizations;
        this.people = people;
        this.positions = positions;
        this.clock = clock;
    }

    @Transactional
    public OrganizationSummary register(OrganizationForm form) {
        Valid v = validate(form, null);
        Organization o = new Organization(v.name, v.shortName, form.kind(), form.parentId(), form.validFrom(),
                form.validTo(), v.aliases);
        o.succeededBy(form.successorId(), form.successorRelation() == null ? SuccessorRelation.RENAMED
                : form.successorRelation());
        return summary(organizations.save(o));
    }

    @Transactional
    public OrganizationSummary update(OrganizationId id, OrganizationForm form) {
        Organization o = organizations.findById(id.value()).orElseThrow(() -> new NotFound("organization", id));
        Valid v = validate(form, id.value());
        o.rename(v.name, v.shortName);
        o.reclassify(form.kind(), form.parentId());
        o.validity(form.validFrom(), form.validTo());
        o.aliases(v.aliases);
        o.succeededBy(form.successorId(), form.successorRelation() == null ? SuccessorRelation.RENAMED
                : form.successorRelation());
        return summary(organizations.saveAndFlush(o));
    }

    /** Every body, or only those active today ({@code true}) or ended ({@code false}), by name. */
    public List<OrganizationSummary> list(Boolean active) {
        LocalDate today = LocalDate.now(clock);
        return organizations.findAllByOrderByNameAsc().stream()
                .filter(o -> active == null || o.isActiveOn(today) == active)
                .map(this::summary).toList();
    }

    public Optional<OrganizationSummary> find(OrganizationId id) {
        return id == null ? Optional.empty() : organizations.findById(id.value()).map(this::summary);
    }

    public OrganizationSummary get(OrganizationId id) {
        return find(id).orElseThrow(() -> new NotFound("organization", id));
    }

    public boolean exists(OrganizationId id) {
        return id != null && organizations.existsById(id.value());
    }

    /** Bodies by id, for showing names in lists without one query per row. */
    public Map<OrganizationId, OrganizationSummary> byIds(Collection<OrganizationId> ids) {
        List<Long> raw = ids.stream().filter(java.util.Objects::nonNull).map(OrganizationId::value).distinct().toList();
        // Hibernate's multi-id loader (one statement whose SQL is prepared once), not a query with a list parameter,
        // whose SQL Hibernate builds anew at every call; unknown ids come back as nulls.
        return entityManager.unwrap(org.hibernate.Session.class).findMultiple(Organization.class, raw).stream()
                .filter(java.util.Objects::nonNull).map(this::summary)
                .collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
    }

    /** The body that carries on the work of the given one today: follows successor links to the end. */
    public OrganizationId currentSuccessorOf(OrganizationId id) {
        Set<Long> seen = new LinkedHashSet<>();
        Organization o = organizations.findById(id.value()).orElseThrow(() -> new NotFound("organization", id));
        while (o.successorId() != null && seen.add(o.id())) {
            o = organizations.findById(o.successorId()).orElse(o);
        }
        return new OrganizationId(o.id());
    }

    @Transactional
    public PersonDetails registerPerson(PersonForm form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String fullName = Text.clean(form.fullName());
        if (fullName == null) {
            errors.add("fullName", "validation.required");
        }
        List<PersonForm.PositionForm> given = form.positions() == null ? List.of() : form.positions();
        for (int i = 0; i < given.size(); i++) {
            PersonForm.PositionForm p = given.get(i);
            if (p == null) {
                errors.add("positions[" + i + "]", "validation.required");
                continue;
            }
            if (p.organizationId() == null) {
                errors.add("positions[" + i + "].organizationId", "validation.required");
            } else if (!organizations.existsById(p.organizationId())) {
                errors.add("positions[" + i + "].organizationId", "organizations.unknown");
            }
            if (Text.clean(p.title()) == null) {
                errors.add("positions[" + i + "].title", "validation.required");
            }
            if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
                errors.add("positions[" + i + "].to", "validation.endBeforeStart");
            }
        }
        errors.throwIfAny();
        Person person = people.save(new Person(fullName));
        for (PersonForm.PositionForm p : given) {
            positions.save(new Position(person.id(), p.organizationId(), Text.clean(p.title()), p.from(), p.to()));
        }
        return person(new PersonId(person.id()));
    }

    @Transactional
    public PersonDetails.PositionDetails addPosition(PersonId personId, PersonForm.PositionForm p) {
        Person person = people.findById(personId.value()).orElseThrow(() -> new NotFound("person", personId));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (p.organizationId() == null || !organizations.existsById(p.organizationId())) {
            errors.add("organizationId", p.organizationId() == null ? "validation.required" : "organizations.unknown");
        }
        if (Text.clean(p.title()) == null) {
            errors.add("title", "validation.required");
        }
        if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
            errors.add("to", "validation.endBeforeStart");
        }
        errors.throwIfAny();
        Position saved = positions.save(new Position(person.id(), p.organizationId(), Text.clean(p.title()),
                p.from(), p.to()));
        return position(saved, person);
    }

    public PersonDetails person(PersonId id) {
        Person p = people.findById(id.value()).orElseThrow(() -> new NotFound("person", id));
        return new PersonDetails(new PersonId(p.id()), p.fullName(),
                positions.findByPersonIdOrderById(p.id()).stream().map(pos -> position(pos, p)).toList(), p.version());
    }

    public List<PersonDetails> people() {
        List<Person> all = people.findAllByOrderByFullNameAsc();
        Map<Long, List<Position>> byPerson = positions.findByPersonIdInOrderById(all.stream().map(Person::id).toList())
                .stream().collect(Collectors.groupingBy(Position::personId));
        List<PersonDetails> result = new ArrayList<>();
        for (Person p : all) {
            result.add(new PersonDetails(new PersonId(p.id()), p.fullName(),
                    byPerson.getOrDefault(p.id(), List.of()).stream().map(pos -> position(pos, p)).toList(),
                    p.version()));
        }
        return result;
    }

    public Optional<PersonDetails.PositionDetails> position(PositionId id) {
        return positions.findById(id.value()).map(pos -> position(pos, people.findById(pos.personId()).orElseThrow()));
    }

    private PersonDetails.PositionDetails position(Position pos, Person person) {
        return new PersonDetails.PositionDetails(new PositionId(pos.id()), new PersonId(person.id()),
                person.fullName(), new OrganizationId(pos.organizationId()), pos.title(), pos.validFrom(),
                pos.validTo());
    }

    private record Valid(String name, String shortName, Set<String> aliases) {
    }

    private Valid validate(OrganizationForm form, Long self) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = Text.clean(form.name());
        if (name == null) {
            errors.add("name", "validation.required");
        } else if (name.length() > 300) {
            errors.add("name", "validation.tooLong", 300);
        }
        String shortName = Text.clean(form.shortName());
        if (shortName != null && shortName.length() > 100) {
            errors.add("shortName", "validation.tooLong", 100);
        }
        if (form.kind() == null) {
            errors.add("kind", "validation.required");
        }
        if (form.parentId() != null && (form.parentId().equals(self) || !organizations.existsById(form.parentId()))) {
            errors.add("parentId", "organizations.unknown");
        }
        if (form.successorId() != null
                && (form.successorId().equals(self) || !organizations.existsById(form.successorId()))) {
            errors.add("successorId", "organizations.unknown");
        }
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            errors.add("validTo", "validation.endBeforeStart");
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (form.aliases() != null) {
            for (int i = 0; i < form.aliases().size(); i++) {
                String a = Text.clean(form.aliases().get(i));
                if (a == null) {
                    errors.add("aliases[" + i + "]", "validation.required");
                } else if (a.length() > 300) {
                    errors.add("aliases[" + i + "]", "validation.tooLong", 300);
                } else {
                    aliases.add(a);
                }
            }
        }
        errors.throwIfAny();
        return new Valid(name, shortName, aliases);
    }

    private OrganizationSummary summary(Organization o) {
        return new OrganizationSummary(new OrganizationId(o.id()), o.name(), o.shortName(), o.kind(),
                OrganizationId.ofNullable(o.parentId()), o.validFrom(), o.validTo(),
                OrganizationId.ofNullable(o.successorId()), o.successorRelation(), List.copyOf(o.aliases()),
                o.isActiveOn(LocalDate.now(clock)), o.version());
    }
}
