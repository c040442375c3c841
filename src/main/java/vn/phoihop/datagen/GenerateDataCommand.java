package vn.phoihop.datagen;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar phoihop.jar generate-data --profile=redmine-equivalent [--scale=0.1] --server.port=0}: fills the
 * configured database with a benchmark dataset, prints what it made (with a focal point user to sign in as) and exits.
 */
@Component
@Order(100)
class GenerateDataCommand implements ApplicationRunner {

    static final String COMMAND = "generate-data";

    private final DataGenerator generator;
    private final ConfigurableApplicationContext context;

    GenerateDataCommand(DataGenerator generator, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(COMMAND) && !args.containsOption(COMMAND)) {
            return;
        }
        int code;
        try {
            Profile profile = Profile.named(first(args.getOptionValues("profile"), "redmine-equivalent"))
                    .scaled(Double.parseDouble(first(args.getOptionValues("scale"), "1")));
            DataGenerator.Result r = generator.generate(profile);
            System.out.println("generate-data: " + profile.name() + " " + r.bodies() + " bodies, " + r.users() + " users, "
                    + r.programs() + " programs, " + r.tasks() + " tasks, " + r.reports() + " progress reports, "
                    + r.cases() + " cases, " + r.auditEntries() + " audit entries in " + r.millis() + " ms (cases "
                    + r.casesMillis() + " ms, audit " + r.auditMillis() + " ms); focal point " + r.focalUser() + " / "
                    + r.password() + ", program " + r.firstProgram() + ", task " + r.firstTask());
            code = 0;
        } catch (RuntimeException e) {
            System.out.println("generate-data: FAILED " + e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static String first(List<String> values, String otherwise) {
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }
}
