package vn.phoihop.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/**
 * Narrows who may find an item beyond the rule of its program or bodies (see {@link Searchable}): when not
 * {@link #ANYONE}, only users holding one of {@code roles} or listed in {@code users} find it — and only if they also
 * pass the item's ordinary rule. It never widens: a listed user of a body that may not see the program still finds
 * nothing. ADMIN is not implied: a source that lets administrators find a restricted item lists {@link Role#ADMIN}.
 * <p>
 * Example: the cases module indexes a denunciation with {@code programId = null}, {@code organizationIds =
 * [handling body]} and {@code Readers.roles(Role.CASE_HANDLER)}: only that body's case handlers find it — its
 * SUPERVISOR, LEADER or FOCAL_POINT users do not, nor any administrator.
 *
 * @param roles roles whose holders may find the item
 * @param users users who may find the item, whatever their roles
 */
public record Readers(Set<Role> roles, Set<UserId> users) {

    /** Not restricted: whoever passes the item's ordinary rule finds it. */
    public static final Readers ANYONE = new Readers(null, null);
    /** The index key of an unrestricted item; every asking user holds it. */
    static final String ANYONE_KEY = "*";

    public Readers {
        roles = roles == null ? null : Set.copyOf(roles);
        users = users == null ? null : Set.copyOf(users);
        if (roles != null && users != null && roles.isEmpty() && users.isEmpty()) {
            throw new IllegalArgumentException("a restriction names at least one role or user; use Readers.ANYONE");
        }
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
        return roles != null || users != null;
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
        return keys;
    }

    /** The keys an asking user holds: anyone's, their roles' and their own. An item matches when one is shared. */
    static Set<String> keysOf(Actor actor) {
        Set<String> keys = new TreeSet<>();
        keys.add(ANYONE_KEY);
        actor.roles().forEach(r -> keys.add("role:" + r.name()));
        if (actor.id() != null) {
            keys.add("user:" + actor.id().value());
        }
        return keys;
    }

    /** The keys of a user with these roles, for tests and tools. */
    static Set<String> keysOf(UserId user, Role... roles) {
        Set<String> keys = new TreeSet<>();
        keys.add(ANYONE_KEY);
        Arrays.stream(roles).forEach(r -> keys.add("role:" + r.name()));
        keys.add("user:" + user.value());
        return keys;
    }
}
