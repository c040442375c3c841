package vn.phoihop.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * A browser that asks for several pages at once right after signing in (htmx loads a program page's panels
 * together) gets every one of them. Each of those first requests makes the session's CSRF token and stores it; the
 * session store used to refuse all but the first with a duplicate key, and the user saw an error page.
 */
abstract class ConcurrentPageRequestsTests extends ApiIntegrationTest {

    static final int AT_ONCE = 8;
    static final int SIGN_INS = 5;

    @Test
    void pagesAskedForAtOnceRightAfterSigningInAllAnswer() throws Exception {
        Api.User user = api.user(api.body(Api.unique("Văn phòng Tỉnh ủy")), "SECRETARIAT");
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < SIGN_INS; round++) {
                Browser browser = Browser.signedIn(port, user.username(), user.password());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Browser.Page>> pages = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    pages.add(pool.submit(() -> {
                        start.await();
                        return browser.get("/programs");
                    }));
                }
                start.countDown();
                for (Future<Browser.Page> page : pages) {
                    Browser.Page p = page.get();
                    assertThat(p.status()).as("round %d: %s", round, p.body()).isEqualTo(200);
                }
                // The session goes on answering afterwards.
                assertThat(browser.get("/programs").status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

@OnH2
class ConcurrentPageRequestsOnH2Test extends ConcurrentPageRequestsTests {
}

@OnPostgres
class ConcurrentPageRequestsOnPostgresTest extends ConcurrentPageRequestsTests {
}
