package vn.phoihop.audit;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar phoihop.jar audit-verify} (or {@code --audit-verify}): links what is pending, checks the whole
 * hash chain, prints the outcome and exits with 0 when it holds, 1 when it is broken. Give it the same database
 * settings as the running application and another port ({@code --server.port=0}) when one is running.
 */
@Component
@Order(100)
class AuditVerifyCommand implements ApplicationRunner {

    static final String COMMAND = "audit-verify";

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(args)) {
            return;
        }
        int code = execute(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static boolean requested(ApplicationArguments args) {
        return args.getNonOptionArgs().contains(COMMAND) || args.containsOption(COMMAND);
    }

    /** Verifies and prints; answers the exit code. */
    int execute(PrintStream out) {
        AuditVerification result = trail.verify();
        if (result.ok()) {
            out.println("audit-verify: OK, " + result.checked() + " entries checked, the hash chain holds");
            return 0;
        }
        out.println("audit-verify: BROKEN (" + result.problem() + ") at entry "
                + (result.firstBrokenId() == null ? "after the last one checked" : result.firstBrokenId())
                + ", " + result.checked() + " entries checked");
        return 1;
    }
}
