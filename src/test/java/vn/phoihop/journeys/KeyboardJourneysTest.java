package vn.phoihop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;

/**
 * Signing in, reporting progress and answering an information request with the keyboard alone (Tab, Shift+Tab,
 * Enter, Space, arrows): every focused control shows a visible focus ring, a form with errors says so in an
 * alert that takes the focus and links to each field, and the grouped navigation bar opens by keyboard and on a
 * phone.
 */
@OnH2
class KeyboardJourneysTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final int MOST_TABS = 80;

    static ChromeDriver browser;

    @RegisterExtension
    static final ScreenshotOnFailure FAILURES = new ScreenshotOnFailure();

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.driver();
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with this id has the focus, checking the focus ring of each stop. */
    void tabTo(String id) {
        for (int i = 0; i < MOST_TABS; i++) {
            press(Keys.TAB);
            assertFocusVisible();
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id + " on " + browser.getCurrentUrl());
    }

    /** The focused element draws an outline or a focus shadow a person can see. */
    void assertFocusVisible() {
        WebElement e = focused();
        String ring = (String) ((JavascriptExecutor) browser).executeScript(
                "var s = getComputedStyle(arguments[0]);"
                        + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow + ' focus=' + arguments[0].matches(':focus')"
                        + " + ' visible=' + arguments[0].matches(':focus-visible') + ' within=' + arguments[0].matches(':focus-within');", e);
        boolean outline = !ring.startsWith("none") && !ring.startsWith("hidden") && !ring.contains(" 0px none");
        boolean shadow = !ring.substring(0, ring.indexOf(" focus=")).endsWith("none");
        assertThat(outline || shadow).as("focus ring of <%s id=%s>: %s", e.getTagName(), e.getAttribute("id"), ring)
                .isTrue();
    }

    void enterAndWaitForPage() {
        WebElement old = browser.findElement(By.tagName("html"));
        press(Keys.ENTER);
        Chromium.waitForNewPage(browser, old);
    }

    void signInByKeyboard(Api.User user) {
        browser.get(api.base() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(api.base() + "/login");
        // The sign-in form puts the focus in the user name.
        if (!"username".equals(focused().getAttribute("id"))) {
            tabTo("username");
        }
        press(user.username(), Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        assertFocusVisible();
        press(user.password());
        enterAndWaitForPage();
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void signsInWithTheKeyboardAloneAndSkipsToTheContent() {
        long body = api.body("Ban Tổ chức Tỉnh ủy");
        Api.User focal = api.user(body, "FOCAL_POINT");
        browser.get(api.base() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(api.base() + "/login");
        WebElement skip = browser.findElement(By.cssSelector("a[href='#main']"));
        assertThat(skip.getSize().getWidth()).as("the skip link is hidden until focused").isLessThanOrEqualTo(1);
        for (int i = 0; i < MOST_TABS && !skip.equals(focused()); i++) {
            press(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        assertThat(focused()).isEqualTo(skip);
        assertThat(skip.getSize().getWidth()).as("the focused skip link is visible").isGreaterThan(20);
        assertFocusVisible();
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("username");

        browser.get(api.base() + "/login");
        press("sai-ten", Keys.TAB, "sai-mat-khau");
        enterAndWaitForPage();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo(Labels.vi("login.error"));

        signInByKeyboard(focal);
    }

    @Test
    void reportsProgressWithTheKeyboardAloneAndHearsAboutErrors() {
        long office = api.body("Văn phòng Tỉnh ủy");
        long lead = api.body("Ban Tổ chức Tỉnh ủy");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        Api.User focal = api.user(lead, "FOCAL_POINT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", lead)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                "Tổng kết công tác cán bộ", "leadOrganizationId", lead, "dueDate", TODAY.plusDays(20).toString())).id();
        api.post("/api/v1/programs/" + program + "/sign", secretariat.token(), Map.of("signedOn", TODAY.toString()));

        signInByKeyboard(focal);
        browser.get(api.base() + "/tasks/" + task);
        // Sent without a text: the summary takes the focus, names the error and links to the field.
        tabTo("percent");
        press(Keys.chord(Keys.CONTROL, "a"), "30");
        tabTo("text");
        focusSubmitOf("text");
        enterAndWaitForPage();
        WebElement summary = browser.findElement(By.cssSelector(".error-summary[role=alert]"));
        Chromium.waiting(browser).until(d -> summary.equals(focused()));
        WebElement link = summary.findElement(By.cssSelector("a[href='#text']"));
        assertThat(link.getText()).startsWith(Labels.vi("tasks.progress.text"));
        WebElement text = browser.findElement(By.id("text"));
        assertThat(text.getAttribute("aria-invalid")).isEqualTo("true");
        String described = text.getAttribute("aria-describedby");
        assertThat(browser.findElement(By.id(described)).getText()).isNotBlank();

        press(Keys.TAB);
        assertThat(focused()).isEqualTo(link);
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("text");
        press("Đã xây dựng dự thảo báo cáo tổng kết");
        tabTo("visibility");
        press(Keys.SPACE);
        assertThat(browser.findElement(By.id("visibility")).isSelected()).isTrue();
        focusSubmitOf("visibility");
        enterAndWaitForPage();
        assertThat(browser.findElement(By.cssSelector("main h1 + p .badge")).getText())
                .isEqualTo(Labels.vi("tasks.status.IN_PROGRESS"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đã xây dựng dự thảo báo cáo tổng kết");
    }

    /** Tabs on from a field of a form until its submit button has the focus. */
    void focusSubmitOf(String fieldId) {
        WebElement submit = browser.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]"));
        for (int i = 0; i < MOST_TABS && !submit.equals(focused()); i++) {
            press(Keys.TAB);
            assertFocusVisible();
        }
        assertThat(focused()).isEqualTo(submit);
    }

    @Test
    void answersAnInformationRequestWithTheKeyboardAlone() {
        long office = api.body("Văn phòng Tỉnh ủy");
        long lead = api.body("Ban Tổ chức Tỉnh ủy");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        Api.User focal = api.user(lead, "FOCAL_POINT");
        var request = api.post("/api/v1/info-requests", secretariat.token(), Map.of("fromOrganizationId", office,
                "toOrganizationId", lead, "subject", "Đề nghị cung cấp số liệu", "content",
                "Đề nghị cung cấp số liệu cán bộ nữ trong quy hoạch", "sentOn", TODAY.toString()));
        assertThat(request.status()).as(request.body()).isEqualTo(201);

        signInByKeyboard(focal);
        browser.get(api.base() + "/info-requests/" + request.id());
        tabTo("content");
        press("Có 57 cán bộ nữ trong quy hoạch nhiệm kỳ tới");
        focusSubmitOf("content");
        press(Keys.SPACE);
        Chromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                Labels.vi("inforequests.status.ANSWERED_ON_TIME")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Có 57 cán bộ nữ trong quy hoạch nhiệm kỳ tới");
    }

    @Test
    void theGroupedNavigationOpensByKeyboardAndOnAPhone() {
        Chromium.signIn(browser, api.base(), "admin", Api.ADMIN_PASSWORD);
        browser.get(api.base() + "/programs");
        WebElement toggle = browser.findElement(By.cssSelector("#nav-admin > button"));
        assertThat(toggle.getText()).isEqualTo(Labels.vi("nav.admin"));
        for (int i = 0; i < MOST_TABS && !toggle.equals(focused()); i++) {
            press(Keys.TAB);
        }
        assertThat(focused()).isEqualTo(toggle);
        assertFocusVisible();
        press(Keys.ENTER);
        Chromium.waiting(browser).until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
        press(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("href")).endsWith("/admin/organizations");
        press(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("href")).endsWith("/admin/people");
        enterAndWaitForPage();
        assertThat(browser.getCurrentUrl()).endsWith("/admin/people");

        Chromium.resize(browser, Chromium.Screen.PHONE);
        try {
            browser.get(api.base() + "/programs");
            WebElement menu = browser.findElement(By.cssSelector("button.navbar-toggler"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("nav")).isDisplayed()).isFalse();
            menu.click();
            WebElement imports = browser.findElement(By.cssSelector("#nav-imports > button"));
            Chromium.waiting(browser).until(ExpectedConditions.visibilityOf(imports));
            imports.click();
            WebElement meeting = browser.findElement(By.cssSelector("#nav-imports a[href$='/imports/meeting']"));
            Chromium.waiting(browser).until(ExpectedConditions.visibilityOf(meeting));
            Chromium.clickAndWaitForPage(browser, meeting);
            assertThat(browser.getCurrentUrl()).endsWith("/imports/meeting");
        } finally {
            Chromium.clearSize(browser);
        }
    }
}
