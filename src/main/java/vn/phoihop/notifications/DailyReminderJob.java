package vn.phoihop.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reminders#runDaily} every day at {@code phoihop.notifications.daily-at} (default 07:00) Vietnamese
 * time on every node, under a ShedLock lock in the database table {@code shedlock} so that one node runs it; the
 * lock is held at least 10 minutes, so a node whose clock is a little late does not run it again (and if one did,
 * the database still lets each user get one digest a day).
 */
@Component
class DailyReminderJob implements SchedulingConfigurer {

    static final String LOCK = "notifications-daily";

    private final Reminders reminders;
    private final LockingTaskExecutor executor;
    private final NotificationsProperties properties;
    private final Clock clock;

    DailyReminderJob(Reminders reminders, DataSource dataSource, NotificationsProperties properties, Clock clock) {
        this.reminders = reminders;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(() -> run(), new CronTrigger(cron(), clock.getZone())));
    }

    /** Every day at {@code daily-at}, as a cron expression (second, minute, hour, any day). */
    String cron() {
        LocalTime at = properties.dailyAt();
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *";
    }

    /** Runs today's reminders if no other node holds the lock. */
    void run() {
        run(LocalDate.now(clock));
    }

    /** Runs the day's reminders if no other node holds the lock; true when this node ran them. */
    boolean run(LocalDate day) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(1),
                Duration.ofMinutes(10));
        try {
            return executor.executeWithLock(() -> reminders.runDaily(day), lock).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("daily reminders failed", e);
        }
    }
}
