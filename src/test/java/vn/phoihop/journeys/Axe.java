package vn.phoihop.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (the WebJar from Maven Central) injected into the page the browser shows, run against the whole
 * document with WCAG 2.1 A and AA rules; the answer is the serious and critical violations, one line each.
 * Script execution through the driver is not subject to the page's Content-Security-Policy, so the pages need
 * no exception for it.
 */
final class Axe {

    private static final String RESOURCE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path: " + RESOURCE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Serious and critical violations on the current page: «rule (impact): help → selectors». */
    static List<String> seriousViolations(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'best-practice']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed on " + d.getCurrentUrl() + ": " + text);
        }
        List<String> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(text)) {
            String impact = v.path("impact").asString("");
            if (!FAILING.contains(impact)) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                targets.add(node.path("target").toString());
                if (targets.size() == 5) {
                    break;
                }
            }
            found.add(v.path("id").asString() + " (" + impact + "): " + v.path("help").asString() + " → " + targets);
        }
        return found;
    }
}
