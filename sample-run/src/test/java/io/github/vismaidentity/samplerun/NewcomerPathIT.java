package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's path in a real headless Chromium: the README's run command, then from {@code /} through the
 * emulated Visma's login and company picker to {@code /company}, and Ctrl-C. The screenshot of the company page
 * is kept in {@code target/screenshots/}. Runs when Debian's chromium and chromium-driver are installed
 * (the {@code chromium} profile); {@code .ci/run} installs them.
 */
class NewcomerPathIT {

    private static final Path TARGET = TestFolders.TARGET;
    private static final Company DEMO_NORGE = Seed.users().get(0).companies().get(1);

    private LaunchedSample sample;
    private WebDriver chromium;

    @BeforeEach
    void launch() throws Exception {
        Path data = TestFolders.fresh("newcomer-data");
        sample = new LaunchedSample(TestFolders.JAR, data);
        sample.awaitReady(Duration.ofMinutes(4));
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        chromium = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) {
            chromium.quit();
        }
        sample.close();
    }

    @Test
    void aNewcomerConnectsACompanyFromTheHomePageAndCtrlCStopsEverything() throws Exception {
        assertThat(sample.console()).contains("sign in as demo / demo");
        WebDriverWait wait = new WebDriverWait(chromium, Duration.ofSeconds(60));

        chromium.get(sample.url("/"));
        assertThat(chromium.findElement(By.id("sign-in-to-see")).getText()).contains("Sign in to see the companies");
        chromium.findElement(By.id("connect")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("demo");
        chromium.findElement(By.id("password")).sendKeys("demo");
        chromium.findElement(By.id("login")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choose")));
        chromium.findElement(By.xpath("//label[contains(., '" + DEMO_NORGE.name() + "')]/input")).click();
        chromium.findElement(By.id("choose")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("company-name")));
        assertThat(chromium.getCurrentUrl()).isEqualTo(sample.url("/company"));
        assertThat(chromium.findElement(By.id("company-name")).getText()).isEqualTo(DEMO_NORGE.name());
        assertThat(chromium.findElement(By.id("company-identifier")).getText()).isEqualTo(DEMO_NORGE.id());
        assertThat(chromium.findElement(By.id("user-name")).getText()).contains("Demo User");
        keepScreenshot("newcomer-company.png");

        chromium.get(sample.url("/"));
        assertThat(chromium.findElement(By.id("connections")).getText()).contains(DEMO_NORGE.name())
                .contains("Connected");
        keepScreenshot("newcomer-home.png");

        assertThat(sample.interrupt(Duration.ofSeconds(60))).as("the launcher ended after Ctrl-C").isTrue();
        assertThat(sample.console()).contains("Stopped.");
        assertThat(sample.leftovers()).as("processes of the run after Ctrl-C").isEmpty();
    }

    private void keepScreenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(TARGET.resolve("screenshots"));
        File shot = ((TakesScreenshot) chromium).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
