package vn.phoihop.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the whole test JVM, shared by every browser test class and quit by a shutdown hook:
 * starting a browser costs a second or two, so the classes reuse it and only clear its cookies between people.
 * Debian's {@code chromium} and {@code chromium-driver} are used at their fixed paths so that Selenium Manager
 * never runs (it would try to download a browser); without them the tests fail at once with the line to run.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    /** The two sizes every main page is looked at in: an office PC and a phone at a conference. */
    enum Screen {
        DESKTOP(1366, 768, false), PHONE(375, 812, true);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private static ChromeDriver driver;
    private static Path profile;

    private Chromium() {
    }

    /** The shared browser, started on first use; fails at once when Chromium or its driver is missing. */
    static synchronized ChromeDriver driver() {
        if (driver == null) {
            for (Path p : List.of(BINARY, DRIVER)) {
                if (!Files.isExecutable(p)) {
                    throw new IllegalStateException("The browser tests need " + p + " (Debian's Chromium and its driver). "
                            + "Install them with: " + INSTALL);
                }
            }
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quit));
        }
        return driver;
    }

    private static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            profile = Files.createTempDirectory("phoihop-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--hide-scrollbars", "--force-prefers-reduced-motion", "--lang=vi", "--window-size=1366,768", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi",
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return d;
    }

    private static synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the JVM is ending; the driver process dies with it
            }
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /**
     * The viewport exactly as on the screen (the window itself cannot be made as narrow as a phone). Clicks work
     * on the window as it is, so the journeys run without this and each emulation is cleared after its use.
     */
    static void resize(ChromeDriver d, Screen screen) {
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width, "height",
                screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        afterNextPaint(d);
    }

    static void clearSize(ChromeDriver d) {
        d.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        afterNextPaint(d);
    }

    /** Waits until the browser has laid out and painted the page again (two animation frames). */
    static void afterNextPaint(WebDriver d) {
        ((JavascriptExecutor) d).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });");
    }

    static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(10));
    }

    /** Clicks something that loads a new page and waits until that page is there. */
    static void clickAndWaitForPage(WebDriver d, WebElement element) {
        WebElement old = d.findElement(By.tagName("html"));
        click(d, element);
        waitForNewPage(d, old);
    }

    /**
     * Clicks an element after scrolling it to the middle of the window: headless Chromium's window is a little
     * shorter than its nominal size, so an element just below the fold would otherwise be «not clickable».
     */
    static void click(WebDriver d, WebElement element) {
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
        element.click();
    }

    static void waitForNewPage(WebDriver d, WebElement oldHtml) {
        // The old page's root is gone once the new page is there. Chromium sometimes says so not as a stale element
        // but as «Node with given id does not belong to the document»: the same fact.
        waiting(d).until(x -> {
            try {
                oldHtml.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        waiting(d).until(x -> "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
    }

    /** Signs out whoever was signed in (cookies of every port on localhost) and signs this person in. */
    static void signIn(WebDriver d, String base, String username, String password) {
        d.get(base + "/login");
        d.manage().deleteAllCookies();
        d.get(base + "/login");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForPage(d, d.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        if (d.getCurrentUrl().contains("/login")) {
            throw new IllegalStateException("sign-in failed for " + username + ": " + d.getCurrentUrl());
        }
    }

    /** Saves the page as it is now, in both sizes, under {@code target/screenshots/<name>-desktop|phone.png}. */
    static void screenshot(ChromeDriver d, String name) {
        Path dir = Path.of("target", "screenshots");
        try {
            Files.createDirectories(dir);
            for (Screen s : Screen.values()) {
                resize(d, s);
                ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
                afterNextPaint(d);
                Files.write(dir.resolve(name + "-" + s.name().toLowerCase() + ".png"), d.getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            clearSize(d);
        }
    }
}
