package charfinder.http;

import charfinder.index.TestIndex;
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
 * The page in a real browser: Debian's headless Chromium driven by Selenium. Screenshots are
 * left in {@code target/} for people to look at.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebPageBrowserTest {

    private static TestServer server;
    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) throws IOException {
        server = new TestServer();
        chromium = new Chromium(profile);
        browser = chromium.browser;
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
    void searchScrollToTheEndAndGoBack() throws Exception {
        browser.get(server.uri("/?query=cat").toString());
        int cats = TestIndex.get().search("cat").total();
        assertThat(status()).isEqualTo(cats + " matches for 'cat'");

        WebElement input = browser.findElement(By.id("query"));
        input.clear();
        input.sendKeys("braille", Keys.ENTER);
        chromium.await(() -> status().equals("256 matches for 'braille'"));
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(rows().get(0).getText()).isEqualTo("U+2800 \u2800 BRAILLE PATTERN BLANK");
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri("/?query=braille").toString());
        assertThat(browser.getTitle()).isEqualTo("braille \u2014 charfinder");
        chromium.screenshot("web-finder.png");

        chromium.await(() -> {
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            return rows().size() == 256 && more().equals("All 256 shown.");
        });
        assertThat(rows().get(255).getText()).isEqualTo("U+28FF \u28FF BRAILLE PATTERN DOTS-12345678");

        browser.navigate().back();
        chromium.await(() -> status().equals(cats + " matches for 'cat'"));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri("/?query=cat").toString());
        assertThat(browser.findElement(By.id("query")).getAttribute("value")).isEqualTo("cat");
        assertThat(rows()).hasSize(cats);

        browser.navigate().forward();
        chromium.await(() -> status().equals("256 matches for 'braille'"));
        chromium.assertNoErrors();
    }

    @Test
    void aSuggestionLinkRunsTheSuggestedQueryAndRowsSayWhyTheyMatched() throws Exception {
        browser.get(server.uri("/").toString());
        WebElement input = browser.findElement(By.id("query"));
        input.sendKeys("kngiht", Keys.ENTER);
        chromium.await(() -> status().startsWith("No match for 'kngiht'")
            && !browser.findElements(By.cssSelector("#status a.suggestion")).isEmpty());
        WebElement suggestion = browser.findElement(By.cssSelector("#status a.suggestion"));
        assertThat(suggestion.getText()).isEqualTo("knight");
        chromium.screenshot("web-finder-suggestion.png");
        suggestion.click();
        int knights = TestIndex.get().search("knight").total();
        chromium.await(() -> status().equals(knights + " matches for 'knight'"));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri("/?query=knight").toString());
        assertThat(browser.findElement(By.id("query")).getAttribute("value")).isEqualTo("knight");

        input.clear();
        input.sendKeys("고양이", Keys.ENTER);
        chromium.await(() -> status().endsWith("for '고양이'"));
        assertThat(browser.findElements(By.cssSelector("#results .why")))
            .extracting(WebElement::getText).anyMatch(why -> why.startsWith("keyword (ko): "));

        browser.findElement(By.cssSelector("#help summary")).click();
        WebElement prefix = browser.findElement(By.linkText("chess kni*"));
        assertThat(prefix.isDisplayed()).isTrue();
        prefix.click();
        int chessKnights = TestIndex.get().search("chess kni*").total();
        chromium.await(() -> status().equals(chessKnights + " matches for 'chess kni*'"));
        chromium.assertNoErrors();
    }

    @Test
    void exampleLinksSearchAndInputIsShownAsText() throws Exception {
        browser.get(server.uri("/").toString());
        int chess = TestIndex.get().search("chess").total();
        browser.findElement(By.linkText("chess")).click();
        chromium.await(() -> status().equals(chess + " matches for 'chess'"));
        assertThat(browser.getCurrentUrl()).endsWith("/?query=chess");

        WebElement input = browser.findElement(By.id("query"));
        input.clear();
        input.sendKeys("<b>x</b> \"><script>", Keys.ENTER);
        chromium.await(() -> status().equals("No match for '<b>x</b> \"><script>'"));
        assertThat(browser.findElements(By.cssSelector("#status b"))).isEmpty();
        assertThat(rows()).isEmpty();

        input.clear();
        input.sendKeys("U+0301 U+202E", Keys.ENTER);
        chromium.await(() -> status().equals("2 matches for 'U+0301 U+202E'"));
        assertThat(rows().get(0).findElement(By.cssSelector(".char")).getText()).isEqualTo("\u25CC\u0301");
        assertThat(rows().get(1).findElement(By.cssSelector(".char")).getText()).isEqualTo("[format]");

        // A search typed while another is under way replaces it: the last one wins.
        String settled = String.valueOf(((JavascriptExecutor) browser).executeScript(
            "return Number(document.body.dataset.settled || 0);"));
        ((JavascriptExecutor) browser).executeScript(
            "const input = document.getElementById('query'), form = document.getElementById('search');"
                + "input.value = 'cjk'; form.requestSubmit(); input.value = 'rook'; form.requestSubmit();");
        int rooks = TestIndex.get().search("rook").total();
        // Both searches have ended, the first one aborted or answered: nothing can change the page now.
        long bothSettled = Long.parseLong(settled) + 2;
        chromium.await(() -> String.valueOf(bothSettled).equals(browser.findElement(By.tagName("body")).getDomAttribute("data-settled")));
        assertThat(status()).isEqualTo(rooks + " matches for 'rook'");
        assertThat(rows()).hasSize(rooks);
        assertThat(browser.getCurrentUrl()).endsWith("/?query=rook");
        chromium.assertNoErrors();

        // The console reports the 400 itself; the page shows the server's message.
        input.clear();
        input.sendKeys("U+110000", Keys.ENTER);
        chromium.await(() -> status().equals("U+110000 is not a code point: the last one is U+10FFFF"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void aClickCopiesTheCharacterAndDarkModeFollowsTheSystem() throws Exception {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of(
            "origin", server.uri("").toString(), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.get(server.uri("/?query=chess+white").toString());
        rows().get(0).click();
        chromium.await(() -> browser.findElement(By.id("copied")).getText().equals("Copied U+2654"));
        Object copied = ((JavascriptExecutor) browser).executeAsyncScript(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))");
        assertThat(copied).isEqualTo("\u2654");

        String light = chromium.background();
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        chromium.await(() -> !chromium.background().equals(light));
        assertThat(chromium.background()).isEqualTo("rgb(21, 23, 28)");
        chromium.screenshot("web-finder-dark.png");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        browser.get(server.uri("/?query=cat+face").toString());
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        chromium.screenshot("web-finder-phone.png");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private static String more() {
        return browser.findElement(By.id("more")).getText();
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#results tbody tr"));
    }
}
