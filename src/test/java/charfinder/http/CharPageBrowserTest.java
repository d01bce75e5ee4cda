package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An item's page in headless Chromium: reached from a search row, its copy buttons, without
 * JavaScript, dark and on a phone. Screenshots are left in {@code target/char-page*.png}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CharPageBrowserTest {

    private static TestServer server;
    private static ChromeDriverService service;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) throws IOException {
        System.setProperty("SE_AVOID_STATS", "true");
        server = new TestServer();
        service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1024,900",
            "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of(
            "origin", server.uri("").toString(), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @BeforeEach
    void clearConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        server.close();
    }

    @Test
    void aSearchRowLeadsToItsPageWhoseButtonCopiesTheCharacter() throws Exception {
        browser.get(server.uri("/?query=chess+white").toString());
        browser.findElement(By.linkText("U+2656")).click();
        await(() -> browser.getCurrentUrl().endsWith("/U+2656"));
        assertThat(browser.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("WHITE CHESS ROOK");
        assertThat(browser.findElement(By.id("glyph")).getText()).isEqualTo("\u2656");

        browser.findElement(By.cssSelector("button.copy[data-codes]")).click();
        await(() -> toast().equals("Copied the character U+2656"));
        assertThat(clipboard()).isEqualTo("\u2656");

        browser.findElement(By.cssSelector("button.copy[data-what='UTF-8']")).click();
        await(() -> toast().equals("Copied UTF-8"));
        assertThat(clipboard()).isEqualTo("E2 99 96");
        screenshot("char-page.png");
        assertNoBrowserErrors();
    }

    @Test
    void rowsTheScriptBuildsLinkToo() throws Exception {
        browser.get(server.uri("/").toString());
        WebElement input = browser.findElement(By.id("query"));
        input.sendKeys("flag korea", Keys.ENTER);
        await(() -> !browser.findElements(By.linkText("U+1F1F0 U+1F1F7")).isEmpty());
        // A click elsewhere in the row still copies its character.
        browser.findElement(By.xpath("//a[text()='U+1F1F0 U+1F1F7']/ancestor::tr/td[@class='name']")).click();
        await(() -> browser.findElement(By.id("copied")).getText().equals("Copied U+1F1F0 U+1F1F7"));
        assertThat(clipboard()).isEqualTo("🇰🇷");
        browser.findElement(By.linkText("U+1F1F0 U+1F1F7")).click();
        await(() -> browser.getCurrentUrl().endsWith("/U+1F1F0_U+1F1F7"));
        assertThat(browser.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("flag: South Korea");
        browser.findElement(By.partialLinkText("REGIONAL INDICATOR SYMBOL LETTER K")).click();
        await(() -> browser.getCurrentUrl().endsWith("/U+1F1F0"));
        assertNoBrowserErrors();
    }

    @Test
    void thePageWorksWithoutJavaScript() throws Exception {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(server.uri("/U+00E9").toString());
            assertThat(browser.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("LATIN SMALL LETTER E WITH ACUTE");
            assertThat(browser.findElement(By.xpath("//th[text()='HTML']/following-sibling::td")).getText()).isEqualTo("&eacute;");
            assertThat(browser.findElements(By.cssSelector("button.copy")).stream().noneMatch(WebElement::isDisplayed))
                .as("copy buttons need the script").isTrue();
            screenshot("char-page-no-script.png");
            browser.findElement(By.cssSelector("a[rel=next]")).click();
            await(() -> browser.getCurrentUrl().endsWith("/U+00EA"));
            browser.findElement(By.linkText("CIRCUMFLEX")).click();
            await(() -> browser.getCurrentUrl().endsWith("/?query=CIRCUMFLEX"));
            assertThat(browser.findElement(By.id("status")).getText()).endsWith("matches for 'CIRCUMFLEX'");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void darkModeAndPhoneWidth() throws Exception {
        browser.get(server.uri("/U+1F600").toString());
        String light = background();
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            await(() -> !background().equals(light));
            assertThat(background()).isEqualTo("rgb(21, 23, 28)");
            screenshot("char-page-dark.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String path : new String[] {"/U+1F600", "/U+1F468_U+200D_U+1F469_U+200D_U+1F467", "/U+FDFD"}) {
                browser.get(server.uri(path).toString());
                Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow).as("sideways scrolling on a phone at %s", path).isLessThanOrEqualTo(0L);
            }
            browser.get(server.uri("/U+1F600").toString());
            screenshot("char-page-phone.png");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertNoBrowserErrors();
    }

    private static String toast() {
        return browser.findElement(By.id("copied")).getText();
    }

    private static Object clipboard() {
        return ((JavascriptExecutor) browser).executeAsyncScript(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))");
    }

    private static String background() {
        return (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> condition.getAsBoolean());
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Script errors and Content-Security-Policy violations show up in the console as SEVERE. */
    private static void assertNoBrowserErrors() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
        assertThat(severe).isEmpty();
    }
}
