package vn.phoihop.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar phoihop.jar backup FILE} writes a backup of the database the settings name (H2 file or
 * PostgreSQL) to FILE; {@code java -jar phoihop.jar restore FILE} loads one into a new, empty database (refusing a
 * non-empty one) and exits: 0 done, 1 refused or failed, 2 wrong arguments. They run before anything else at start
 * (before the administrator is created), so a new database stays empty for the restore. Give another port
 * ({@code --server.port=0}) when the application itself is running.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommands implements ApplicationRunner {

    private final DatabaseBackup backups;
    private final ConfigurableApplicationContext context;

    BackupCommands(DatabaseBackup backups, ConfigurableApplicationContext context) {
        this.backups = backups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !(words.get(0).equals("backup") || words.get(0).equals("restore"))) {
            return;
        }
        int code = execute(words, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs {@code backup FILE} or {@code restore FILE}, prints the outcome, answers the exit code. */
    int execute(List<String> words, PrintStream out) {
        String command = words.get(0);
        if (words.size() != 2) {
            out.println(command + ": usage: " + command + " FILE");
            return 2;
        }
        Path file = Path.of(words.get(1)).toAbsolutePath();
        try {
            long started = System.nanoTime();
            DatabaseBackup.Summary summary = command.equals("backup") ? backups.backup(file) : backups.restore(file);
            long ms = (System.nanoTime() - started) / 1_000_000;
            out.println(command + ": OK, " + summary.rows().size() + " tables, " + summary.total() + " rows, schema "
                    + "version " + summary.schemaVersion() + (command.equals("backup") ? ", written to " : ", read from ")
                    + file + " in " + ms + " ms");
            for (Map.Entry<String, Long> t : summary.rows().entrySet()) {
                if (t.getValue() > 0) {
                    out.println("  " + t.getKey() + ": " + t.getValue());
                }
            }
            return 0;
        } catch (DatabaseBackup.Refused e) {
            out.println(command + ": REFUSED: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            out.println(command + ": FAILED: " + e.getMessage());
            return 1;
        }
    }
}
