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
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, for the browser tests, with what they all need. */
final class Chromium implements AutoCloseable {

    final ChromeDriver browser;
    private final ChromeDriverService service;

    /** A browser with a fresh profile in {@code profile}. */
    Chromium(Path profile) {
        // Both binaries are named, so Selenium Manager has nothing to download; and no statistics.
        System.setProperty("SE_AVOID_STATS", "true");
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
    }

    /** Reading the console empties it: each test sees only its own messages. */
    void clearConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    String background() {
        return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    void await(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> condition.getAsBoolean());
    }

    /** Saves what the browser shows as {@code target/NAME}, for people to look at. */
    void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Script errors and Content-Security-Policy violations show up in the console as SEVERE. */
    void assertNoErrors() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
        assertThat(severe).isEmpty();
    }

    @Override
    public void close() {
        browser.quit();
        service.stop();
    }
}
