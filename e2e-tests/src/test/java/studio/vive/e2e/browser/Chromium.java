package studio.vive.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) driven through its own chromedriver: the driver path is given, so Selenium
 * Manager is skipped and nothing is downloaded. Each instance has a fresh profile and its own
 * XDG folders, so runs never share state.
 */
final class Chromium implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Chromium.class);
    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    /** A phone's screen, and a laptop's. */
    static final Dimension PHONE = new Dimension(412, 915);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final int MAX_SCREENSHOT_HEIGHT = 10_000;
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    Chromium(String name, Dimension size) {
        try {
            profile = Files.createTempDirectory("e2e-chromium-" + name);
            Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
            Files.createDirectories(logs);
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    // Chromium writes below $HOME despite --user-data-dir unless these point elsewhere
                    .withEnvironment(Map.of(
                            "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                            "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                    .withLogFile(logs.resolve("chromedriver-" + name + ".log").toFile())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-AU", "--user-data-dir=" + profile.resolve("profile"),
                // no DNS lookups: only this machine is reached, and the first page load does not stall
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        driver.manage().window().setSize(size);
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the whole page, however long, as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Object height = driver.executeScript("return document.documentElement.scrollHeight;");
            int pageHeight = height instanceof Number number ? number.intValue() : size.getHeight();
            // a headless window as tall as the page shows all of it in one picture
            driver.manage().window().setSize(new Dimension(size.getWidth(),
                    Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(size.getHeight(), pageHeight))));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            LOG.info("screenshot {}", file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}", folder);
        }
    }
}
