package vn.phoihop.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;

/** Saves what the browser showed when a journey failed: {@code target/screenshots/failed-<test>.png} and its HTML. */
final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            String name = "failed-" + context.getRequiredTestMethod().getName();
            Files.write(dir.resolve(name + ".png"), Chromium.driver().getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), Chromium.driver().getPageSource());
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
