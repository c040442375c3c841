package vn.phoihop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.accounts.UserSummary;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Role;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * With {@code --phoihop.demo=true} (read when the application starts, not as a bean condition, so that a jar
 * processed ahead of time honours it too), loads the demo province once: only while the database has no program (so a
 * restart with the flag adds nothing) and none of the demo user names is taken. Runs after the administrator
 * bootstrap, in one transaction, through the facades so that everything is validated and audited.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProvince province;
    private final DemoPrograms demoPrograms;
    private final Programs programs;
    private final Tasks tasks;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;
    private final boolean enabled;

    DemoData(DemoProvince province, DemoPrograms demoPrograms, Programs programs, Tasks tasks, Accounts accounts,
             PlatformTransactionManager transactions, Clock clock,
             @Value("${phoihop.demo.password:phoihop-demo-2026}") String password,
             @Value("${phoihop.demo:false}") boolean enabled) {
        this.province = province;
        this.demoPrograms = demoPrograms;
        this.programs = programs;
        this.tasks = tasks;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.password = password;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Set<String> demoUsers = DemoProvince.USERS.stream().map(DemoProvince.DemoUser::username)
                .collect(Collectors.toSet());
        if (!programs.list(null, null, administrator()).isEmpty()) {
            log.info("Demo data not loaded: the database already has programs");
            return;
        }
        if (accounts.list().stream().anyMatch(u -> demoUsers.contains(u.username()))) {
            log.warn("Demo data not loaded: a demo user name is already taken");
            return;
        }
        if (password.length() < 12) {
            // Accounts refuses shorter passwords; say which setting to fix rather than fail on a message key.
            throw new IllegalStateException("phoihop.demo.password needs at least 12 characters");
        }
        long started = System.nanoTime();
        LoadDay day = new LoadDay(LocalDate.now(clock));
        DemoPrograms.Loaded loaded = transaction.execute(status -> {
            Province p = province.register(password);
            return demoPrograms.load(p, day);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<TaskStatus, Long> statuses = new EnumMap<>(TaskStatus.class);
        for (TaskDetails t : tasks.asOf(loaded.thisYear(), day.today())) {
            statuses.merge(t.status(), 1L, Long::sum);
        }
        log.warn("Demo data loaded in {} ms: {} bodies, programs {} (closed) and {} (in force), this year's tasks by "
                        + "status {}. Demo users {} share the password: {}",
                millis, Body.values().length, day.year() - 1, day.year(), statuses,
                DemoProvince.USERS.stream().map(DemoProvince.DemoUser::username).toList(), password);
    }

    private Actor administrator() {
        UserSummary admin = accounts.list().stream().filter(u -> u.roles().contains(Role.ADMIN.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no administrator to check the programs with"));
        return new Actor(admin.id(), admin.username(), admin.fullName(), admin.organizationId(), EnumSet.of(Role.ADMIN));
    }
}
