package vn.phoihop.search;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar phoihop.jar search-rebuild} rebuilds the index from every module's items and exits. On an
 * ordinary start, an empty index (a new Lucene directory, a new database, the first start after an upgrade) is
 * rebuilt in the background while the application serves.
 */
@Component
@Order(100)
class SearchStartup implements ApplicationRunner {

    static final String REBUILD = "search-rebuild";
    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

    private final Search search;
    private final ApplicationContext context;
    private final IntConsumer exit;

    @Autowired
    SearchStartup(Search search, ApplicationContext context) {
        this(search, context, System::exit);
    }

    SearchStartup(Search search, ApplicationContext context, IntConsumer exit) {
        this.search = search;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains(REBUILD)) {
            Search.Rebuilt done = search.rebuild();
            log.info("Search: {} items indexed ({}); exiting", done.documents(), done.engine());
            exit.accept(SpringApplication.exit(context, () -> 0));
            return;
        }
        if (search.isEmpty()) {
            Thread initial = new Thread(() -> {
                try {
                    search.rebuild();
                } catch (RuntimeException e) {
                    log.warn("Search: the initial indexing failed; run search-rebuild", e);
                }
            }, "search-initial-index");
            initial.setDaemon(true);
            initial.start();
        }
    }
}
