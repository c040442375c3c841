package vn.phoihop.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import vn.phoihop.shared.UserId;

/**
 * The tables {@code notification} and {@code notification_digest}. Inserts are idempotent ({@code on conflict do
 * nothing} on the unique keys), so that the job may run twice, or on two nodes at once, without doubling anything.
 */
@Repository
class NotificationStore {

    private static final RowMapper<NotificationDetails> ROW = (rs, i) -> new NotificationDetails(rs.getLong("id"),
            rs.getString("kind"), rs.getString("subject"), rs.getString("title"),
            rs.getObject("due_date", LocalDate.class), rs.getString("url"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("read_at")));

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification per user, kind, subject and due date: a second insert of the same does nothing. */
    boolean add(UserId user, String kind, Reminder r, LocalDate day, Instant now) {
        return jdbc.update("insert into notification (user_id, kind, subject, title, due_date, url, created_on,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", user.value(), kind,
                r.subject(), truncate(r.title(), 1200), r.dueDate(), r.url(), day, Timestamp.from(now)) == 1;
    }

    /**
     * Claims the user's digest of the day: true for the one caller that writes the row, false when a digest of that
     * day exists (or another transaction is writing it: PostgreSQL waits for it and then does nothing).
     */
    boolean claimDigest(UserId user, LocalDate day, int items, Instant now) {
        return jdbc.update("insert into notification_digest (user_id, digest_day, items, sent_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", user.value(), day, items, Timestamp.from(now)) == 1;
    }

    /** The user's notifications, newest first; only unread ones, only read ones, or all (null). */
    List<NotificationDetails> list(UserId user, Boolean unread) {
        String filter = unread == null ? "" : unread ? " and read_at is null" : " and read_at is not null";
        return jdbc.query("select * from notification where user_id = ?" + filter
                + " order by created_at desc, id desc", ROW, user.value());
    }

    long unread(UserId user) {
        Long n = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Long.class, user.value());
        return n == null ? 0 : n;
    }

    /** Marks the user's notification read (again, if it was); false when the user has no such notification. */
    boolean markRead(UserId user, long id, Instant now) {
        return jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?",
                Timestamp.from(now), id, user.value()) == 1;
    }

    NotificationDetails get(UserId user, long id) {
        return jdbc.query("select * from notification where id = ? and user_id = ?", ROW, id, user.value()).stream()
                .findFirst().orElse(null);
    }

    int markAllRead(UserId user, Instant now) {
        return jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
                Timestamp.from(now), user.value());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
