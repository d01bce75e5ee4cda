package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An item's page in headless Chromium: reached from a search row, its copy buttons, without
 * JavaScript, dark and on a phone. Screenshots are left in {@code target/char-page*.png}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CharPageBrowserTest {

    private static TestServer server;
    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) throws IOException {
        server = new TestServer();
        chromium = new Chromium(profile);
        browser = chromium.browser;
        browser.executeCdpCommand("Browser.grantPermissions", Map.of(
            "origin", server.uri("").toString(), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @BeforeEach
    void clearConsole() {
        chromium.clearConsole();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    @Test
    void aSearchRowLeadsToItsPageWhoseButtonCopiesTheCharacter() throws Exception {
        browser.get(server.uri("/?query=chess+white").toString());
        browser.findElement(By.linkText("U+2656")).click();
        chromium.await(() -> browser.getCurrentUrl().endsWith("/U+2656"));
        assertThat(browser.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("WHITE CHESS ROOK");
        assertThat(browser.findElement(By.id("glyph")).getText()).isEqualTo("\u2656");

        browser.findElement(By.cssSelector("button.copy[data-codes]")).click();
        chromium.await(() -> toast().equals("Copied the character U+2656"));
        assertThat(clipboard()).isEqualTo("\u2656");

        browser.findElement(By.cssSelector("button.copy[data-what='UTF-8']")).click();
        chromium.await(() -> toast().equals("Copied UTF-8"));
        assertThat(clipboard()).isEqualTo("E2 99 96");
        chromium.screenshot("char-page.png");
        chromium.assertNoErrors();
    }

    @Test
    void rowsTheScriptBuildsLinkToo() throws Exception {
        browser.get(server.uri("/").toString());
        WebElement input = browser.findElement(By.id("query"));
        input.sendKeys("flag korea", Keys.ENTER);
        chromium.await(() -> !browser.findElements(By.linkText("U+1F1F0 U+1F1F7")).isEmpty());
        // A click elsewhere in the row still copies its character.
        browser.findElement(By.xpath("//a[text()='U+1F1F0 U+1F1F7']/ancestor::tr/td[@class='name']")).click();
        chromium.await(() -> browser.findElement(By.id("copied")).getText().equals("Copied U+1F1F0 U+1F1F7"));
        assertThat(clipboard()).isEqualTo("🇰🇷");
        browser.findElement(By.linkText("U+1F1F0 U+1F1F7")).click();
        chromium.await(() -> browser.getCurrentUrl().endsWith("/U+1F1F0_U+1F1F7"));
        assertThat(browser.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("flag: South Korea");
        browser.findElement(By.partialLinkText("REGIONAL INDICATOR SYMBOL LETTER K")).click();
        chromium.await(() -> browser.getCurrentUrl().endsWith("/U+1F1F0"));
        chromium.assertNoErrors();
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
            chromium.screenshot("char-page-no-script.png");
            browser.findElement(By.cssSelector("a[rel=next]")).click();
            chromium.await(() -> browser.getCurrentUrl().endsWith("/U+00EA"));
            browser.findElement(By.linkText("CIRCUMFLEX")).click();
            chromium.await(() -> browser.getCurrentUrl().endsWith("/?query=CIRCUMFLEX"));
            assertThat(browser.findElement(By.id("status")).getText()).endsWith("matches for 'CIRCUMFLEX'");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void darkModeAndPhoneWidth() throws Exception {
        browser.get(server.uri("/U+1F600").toString());
        String light = chromium.background();
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            chromium.await(() -> !chromium.background().equals(light));
            assertThat(chromium.background()).isEqualTo("rgb(21, 23, 28)");
            chromium.screenshot("char-page-dark.png");
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
            chromium.screenshot("char-page-phone.png");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        chromium.assertNoErrors();
    }

    private static String toast() {
        return browser.findElement(By.id("copied")).getText();
    }

    private static Object clipboard() {
        return ((JavascriptExecutor) browser).executeAsyncScript(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))");
    }
}
