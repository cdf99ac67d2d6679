package org.crmgateway.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.RepositoryRoot;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile mail, recorded through the history recorder as ingest would, opened in real Chromium:
 * no vector may run script (alert, or a change of the top page's title) and none may make the
 * browser contact the remote server the vectors point at.
 */
@GatewayIT
class XssCorpusIT {

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;

    static List<String> corpus() throws IOException {
        Path file = RepositoryRoot.find().resolve("web/src/test/resources/xss/vectors.html");
        String all = Files.readString(file, StandardCharsets.UTF_8);
        return Arrays.stream(all.split("(?m)^-----$")).skip(1).map(String::strip).toList();
    }

    @Test
    void noVectorRunsScriptOrReachesTheNetwork() throws IOException {
        TenantId tenant = seed.tenant("Xss");
        StaffUser user = seed.user(tenant, Seed.unique("reader"), Seed.unique("xssfirm") + ".example", Role.USER);
        String domain = Seed.unique("hostile") + ".example";
        seed.company(tenant, "Hostile Sender Ltd", domain);
        List<String> vectors = corpus();
        assertThat(vectors).hasSizeGreaterThan(30);

        try (TrapServer trap = new TrapServer(); Chromium chromium = Chromium.start()) {
            List<ActivityId> ids = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                ids.add(seed.mail(tenant, user, "attacker@" + domain, user.email().value(), "Vector " + i)
                        .at(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i))
                        .html(vectors.get(i).replace("REMOTE", trap.baseUrl()))
                        .attach("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "logo@x")
                        .record());
            }
            WebDriver browser = chromium.driver;
            logIn(browser, user.username());
            for (int i = 0; i < ids.size(); i++) {
                String vector = vectors.get(i);
                browser.get("http://127.0.0.1:" + port + "/activities/" + ids.get(i).value());
                awaitFrameLoaded(browser);
                assertNoScriptRan(browser, "Vector " + i + " · CRM Gateway", vector);

                // the frame's document opened on its own, outside the page: its CSP and sandbox still hold
                browser.get("http://127.0.0.1:" + port + "/activities/" + ids.get(i).value() + "/body");
                String title = browser.getTitle();
                assertNoScriptRan(browser, title, vector);
            }
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(trap.requests()).as("requests to the remote server").isEmpty());
        }
    }

    private void logIn(WebDriver browser, String username) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Seed.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().endsWith("/partners"));
    }

    private static void awaitFrameLoaded(WebDriver browser) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.switchTo().defaultContent();
            browser.switchTo().frame("body");
            boolean loaded = "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState"));
            browser.switchTo().defaultContent();
            return loaded;
        });
    }

    private static void assertNoScriptRan(WebDriver browser, String expectedTitle, String vector) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("An alert opened (" + text + ") for vector: " + vector);
        } catch (NoAlertPresentException expected) {
            // no script ran
        }
        assertThat(browser.getTitle()).as("title after vector: %s", vector).isEqualTo(expectedTitle);
    }
}
