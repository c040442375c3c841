package vn.phoihop.search;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/**
 * Narrows who may find an item beyond the rule of its program or bodies (see {@link Searchable}): when not
 * {@link #ANYONE}, only users holding one of {@code roles}, holding one of the roles {@code rolesIn} gives for their
 * own body, or listed in {@code users} find it — and only if they also pass the item's ordinary rule. It never widens: a listed user of a body that may not see the program still finds
 * nothing. ADMIN is not implied: a source that lets administrators find a restricted item lists {@link Role#ADMIN}.
 * <p>
 * Examples: a denunciation item that only the handling body's case handlers may find: {@code programId = null},
 * {@code organizationIds = [handling body]}, {@code Readers.roles(Role.CASE_HANDLER)} — its SUPERVISOR, LEADER or
 * FOCAL_POINT users do not find it, nor any administrator. A case seen by the handling body's CASE_HANDLER and LEADER
 * users and by the supervising bodies' SUPERVISOR and LEADER users: {@code organizationIds = [handling, supervising…]},
 * {@code Readers.rolesIn(handling, CASE_HANDLER, LEADER).or(Readers.rolesIn(supervising, SUPERVISOR, LEADER))
 * .or(Readers.roles(ADMIN))}.
 *
 * @param roles   roles whose holders may find the item, in whichever body
 * @param users   users who may find the item, whatever their roles
 * @param rolesIn per body, roles whose holders in that body may find the item
 */
public record Readers(Set<Role> roles, Set<UserId> users, Map<OrganizationId, Set<Role>> rolesIn) {

    /** Not restricted: whoever passes the item's ordinary rule finds it. */
    public static final Readers ANYONE = new Readers(null, null, null);
    /** The index key of an unrestricted item; every asking user holds it. */
    static final String ANYONE_KEY = "*";

    public Readers {
        roles = roles == null ? null : Set.copyOf(roles);
        users = users == null ? null : Set.copyOf(users);
        rolesIn = rolesIn == null ? null : Map.copyOf(rolesIn);
        boolean any = roles != null || users != null || rolesIn != null;
        if (any && (roles == null || roles.isEmpty()) && (users == null || users.isEmpty())
                && (rolesIn == null || rolesIn.values().stream().allMatch(Set::isEmpty))) {
            throw new IllegalArgumentException("a restriction names at least one role or user; use Readers.ANYONE");
        }
    }

    public Readers(Set<Role> roles, Set<UserId> users) {
        this(roles, users, roles == null && users == null ? null : Map.of());
    }

    /** Only holders of these roles in the given body (who also pass the item's ordinary rule). */
    public static Readers rolesIn(OrganizationId body, Role... roles) {
        return new Readers(Set.of(), Set.of(), Map.of(body, Set.of(roles)));
    }

    /** Whoever either restriction lets find the item. */
    public Readers or(Readers other) {
        if (!restricted() || !other.restricted()) {
            return ANYONE;
        }
        Set<Role> r = new java.util.HashSet<>(nonNull(roles));
        r.addAll(nonNull(other.roles));
        Set<UserId> u = new java.util.HashSet<>(nonNull(users));
        u.addAll(nonNull(other.users));
        Map<OrganizationId, Set<Role>> in = new java.util.HashMap<>();
        for (Map<OrganizationId, Set<Role>> m : java.util.Arrays.asList(rolesIn, other.rolesIn)) {
            if (m != null) {
                m.forEach((body, rs) -> in.computeIfAbsent(body, b -> new java.util.HashSet<>()).addAll(rs));
            }
        }
        return new Readers(r, u, in);
    }

    private static <T> Set<T> nonNull(Set<T> s) {
        return s == null ? Set.of() : s;
    }

    /** Only holders of these roles (who also pass the item's ordinary rule). */
    public static Readers roles(Role... roles) {
        return new Readers(Set.of(roles), Set.of());
    }

    /** Only these users (who also pass the item's ordinary rule). */
    public static Readers users(Collection<UserId> users) {
        return new Readers(Set.of(), Set.copyOf(users));
    }

    public boolean restricted() {
        return roles != null || users != null || rolesIn != null;
    }

    /** The keys an index stores: {@code *} for anyone, else {@code role:NAME} and {@code user:ID}. */
    Set<String> keys() {
        if (!restricted()) {
            return Set.of(ANYONE_KEY);
        }
        Set<String> keys = new TreeSet<>();
        if (roles != null) {
            roles.forEach(r -> keys.add("role:" + r.name()));
        }
        if (users != null) {
            users.forEach(u -> keys.add("user:" + u.value()));
        }
        if (rolesIn != null) {
            rolesIn.forEach((body, rs) -> rs.forEach(r -> keys.add("role:" + r.name() + "@" + body.value())));
        }
        return keys;
    }

    /** The keys an asking user holds: anyone's, their roles' and their own. An item matches when one is shared. */
    static Set<String> keysOf(Actor actor) {
        Set<String> keys = new TreeSet<>();
        keys.add(ANYONE_KEY);
        actor.roles().forEach(r -> keys.add("role:" + r.name()));
        if (actor.organizationId() != null) {
            actor.roles().forEach(r -> keys.add("role:" + r.name() + "@" + actor.organizationId().value()));
        }
        if (actor.id() != null) {
            keys.add("user:" + actor.id().value());
        }
        return keys;
    }

    /** The keys of a user with these roles, for tests and tools. */
    static Set<String> keysOf(UserId user, Role... roles) {
        return keysOf(new Actor(user, "u", "u", null, Set.of(roles)));
    }

    /** The keys of a user of a body with these roles, for tests and tools. */
    static Set<String> keysOf(UserId user, OrganizationId body, Role... roles) {
        return keysOf(new Actor(user, "u", "u", body, Set.of(roles)));
    }
}
