package org.crmgateway.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.RepositoryRoot;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The main journeys of a CRM user, in real Chromium against the whole gateway. */
@GatewayIT
class WebJourneysIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    MailAccounts mailAccounts;

    @BeforeAll
    static void startBrowser() {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        Awaitility.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    private WebDriver browser() {
        return chromium.driver;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void logIn(String username) {
        browser().manage().deleteAllCookies();
        browser().get(url("/login"));
        browser().findElement(By.id("username")).sendKeys(username);
        browser().findElement(By.id("password")).sendKeys(Seed.PASSWORD);
        browser().findElement(By.id("login-submit")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser().getCurrentUrl().endsWith("/partners"));
    }

    /** A tenant with a company, its two people and a conversation of three messages plus a meeting. */
    private record Story(TenantId tenant, StaffUser user, Partner company, ActivityId rfq, ActivityId quote,
                         ActivityId followUp) {
    }

    /** The story in its own tenant; user names are unique across tenants, everything else need not be. */
    private Story story(int extraUpdates, String username) {
        TenantId tenant = seed.tenant("Journeys");
        StaffUser user = seed.user(tenant, username, "ourfirm.example", Role.USER);
        String domain = "dniprosteel.example";
        Partner company = seed.company(tenant, "Dnipro Steel Works", domain);
        seed.person(tenant, "Olena Kovalenko", "olena@" + domain, company.id());
        seed.person(tenant, "Taras Melnyk", "taras@" + domain, company.id());
        Instant t = Instant.parse("2026-11-03T08:15:00Z");
        for (int i = 1; i <= extraUpdates; i++) {
            seed.mail(tenant, user, "taras@" + domain, user.email().value(), "Weekly delivery status #" + i)
                    .at(t.minus(Duration.ofDays(i))).text("Deliveries of week " + i + " are on schedule.").record();
        }
        Seed.Mail first = seed.mail(tenant, user, "olena@" + domain, user.email().value(), "Request for quotation: 40 t rebar")
                .at(t).text("Could you quote 40 t of rebar A500C, delivery to Dnipro in January?");
        ActivityId rfq = first.record();
        Seed.Mail second = seed.mail(tenant, user, user.email().value(), "olena@" + domain,
                        "Re: Request for quotation: 40 t rebar")
                .at(t.plus(Duration.ofHours(3))).inReplyTo(first.messageId())
                .text("Dear Olena, please find our quotation attached.")
                .attach("quotation-2026-118.pdf", "application/pdf", Seed.utf8("%PDF-1.4 quotation"), null);
        ActivityId quote = second.record();
        ActivityId followUp = seed.mail(tenant, user, "olena@" + domain, user.email().value(),
                        "Re: Re: Request for quotation: 40 t rebar")
                .at(t.plus(Duration.ofDays(1))).inReplyTo(second.messageId())
                .html("<p>Thank you! <b>We accept the offer.</b></p><img src=\"https://tracker.example/open.gif\">")
                .record();
        seed.meeting(tenant, user, "Contract signing with Dnipro Steel", t.plus(Duration.ofDays(8)), Duration.ofHours(1),
                "Dnipro office", "olena@" + domain);
        return new Story(tenant, user, company, rfq, quote, followUp);
    }

    @Test
    void userFindsAPartnerReadsItsTimelineAndOpensAMessageWithItsThread() throws IOException {
        Story story = story(30, "maria");
        logIn(story.user().username());

        browser().findElement(By.id("q")).sendKeys("dniprosteel\n");
        WebElement result = await().until(() -> browser().findElements(By.linkText(story.company().name())),
                l -> !l.isEmpty()).getFirst();
        result.click();
        await().until(() -> browser().findElements(By.id("partner-name")).size() == 1);

        assertThat(browser().findElement(By.id("partner-name")).getText()).isEqualTo(story.company().name());
        assertThat(browser().findElement(By.tagName("main")).getText()).contains("Olena Kovalenko", "Taras Melnyk");
        List<WebElement> entries = browser().findElements(By.cssSelector("#timeline li.entry"));
        assertThat(entries).hasSize(25);
        assertThat(entries.getFirst().getText()).contains("Contract signing with Dnipro Steel", "MEETING");
        assertThat(browser().findElement(By.id("activity-" + story.quote().value())).getText())
                .contains("SENT", "Re: Request for quotation", "Linked by", "address of the person", "1 attachment");
        Path shot = RepositoryRoot.find().resolve("docs/screenshot-timeline.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, chromium.driver.getScreenshotAs(OutputType.BYTES));

        ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser().findElements(By.cssSelector("#timeline li.entry")).size() == 34);
        assertThat(browser().findElements(By.cssSelector("#timeline li.more"))).isEmpty();

        browser().findElement(By.cssSelector("#activity-" + story.followUp().value() + " a.subject")).click();
        await().until(() -> browser().findElements(By.id("subject")).size() == 1);
        assertThat(browser().findElement(By.id("subject")).getText()).isEqualTo("Re: Re: Request for quotation: 40 t rebar");
        assertThat(browser().findElement(By.cssSelector(".images")).getText()).contains("1 remote image");
        List<WebElement> thread = browser().findElements(By.cssSelector("ol.thread li"));
        assertThat(thread).hasSize(3);
        browser().switchTo().frame("body");
        assertThat(browser().findElement(By.tagName("body")).getText()).contains("We accept the offer.");
        assertThat(browser().findElements(By.tagName("img")).stream().map(i -> i.getAttribute("src")).toList())
                .noneMatch(src -> src != null && src.contains("tracker.example"));
        browser().switchTo().defaultContent();

        browser().findElement(By.linkText("Re: Request for quotation: 40 t rebar")).click();
        await().until(() -> browser().findElements(By.cssSelector("ul.attachments a")).size() == 1);
        String href = browser().findElement(By.cssSelector("ul.attachments a")).getAttribute("href");
        HttpSession http = HttpSession.login(port, story.user().username(), Seed.PASSWORD);
        assertThat(http.getBytes(href.substring(href.indexOf("/activities"))).body())
                .isEqualTo(Seed.utf8("%PDF-1.4 quotation"));
    }

    @Test
    void timelineFiltersByTypeAndPeriod() {
        Story story = story(0, Seed.unique("maria-"));
        logIn(story.user().username());

        browser().get(url("/partners/" + story.company().id() + "?type=MEETING"));
        assertThat(browser().findElements(By.cssSelector("#timeline li.entry"))).hasSize(1)
                .first().extracting(WebElement::getText).asString().contains("Contract signing");

        browser().get(url("/partners/" + story.company().id() + "?type=EMAIL&from=2026-11-03&to=2026-11-03"));
        assertThat(browser().findElements(By.cssSelector("#timeline li.entry"))).hasSize(2);
    }

    @Test
    void userAddsAMailAccountWatchesItSyncAndReadsTheMailInTheTimeline() throws Exception {
        Story story = story(0, Seed.unique("maria-"));
        GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        try {
            GreenMailUser mailbox = imap.setUser(story.user().email().value(), "maria", "imap-secret-value");
            for (int i = 1; i <= 40; i++) {
                mailbox.deliver(message("olena@dniprosteel.example", story.user().email().value(),
                        "Delivery note #" + i, "Truck " + i + " left the plant."));
            }
            logIn(story.user().username());
            browser().get(url("/settings"));
            addMailAccount(imap.getImap().getPort(), "imap-secret-value");

            MailAccount account = await().until(() -> mailAccounts.list(story.tenant()), l -> l.size() == 1).getFirst();
            assertThat(browser().getPageSource()).doesNotContain("imap-secret-value");
            By progress = By.id("mail-progress-" + account.id());
            await().atMost(Duration.ofSeconds(30)).ignoreException(StaleElementReferenceException.class)
                    .untilAsserted(() -> assertThat(browser().findElement(progress).getText())
                    .contains("Up to date", "40 of 40"));

            browser().get(url("/partners/" + story.company().id() + "?type=EMAIL"));
            assertThat(browser().findElement(By.id("timeline")).getText()).contains("Delivery note #40", "RECEIVED");

            browser().get(url("/settings"));
            addMailAccount(imap.getImap().getPort(), "wrong-password");
            MailAccount wrong = await().until(() -> mailAccounts.list(story.tenant()), l -> l.size() == 2).stream()
                    .filter(a -> a.id() != account.id()).findFirst().orElseThrow();
            By failing = By.id("mail-progress-" + wrong.id());
            await().atMost(Duration.ofSeconds(30)).ignoreException(StaleElementReferenceException.class)
                    .untilAsserted(() -> assertThat(browser().findElement(failing).getText())
                    .contains("Failed", "authentication failed", "app password"));
        } finally {
            imap.stop();
        }
    }

    private void addMailAccount(int port, String password) {
        if (browser().findElement(By.cssSelector("#mail details")).getDomAttribute("open") == null) {
            browser().findElement(By.cssSelector("#mail details summary")).click();
        }
        browser().findElement(By.id("m-host")).sendKeys("127.0.0.1");
        WebElement portField = browser().findElement(By.id("m-port"));
        portField.clear();
        portField.sendKeys(Integer.toString(port));
        new Select(browser().findElement(By.id("m-security"))).selectByValue("NONE");
        browser().findElement(By.id("m-username")).sendKeys("maria");
        browser().findElement(By.id("m-password")).sendKeys(password);
        browser().findElement(By.cssSelector("#add-mail button[type=submit]")).click();
        await().until(() -> browser().getCurrentUrl().contains("/settings"));
    }

    private static MimeMessage message(String from, String to, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject);
        m.setText(text);
        m.setSentDate(new Date());
        m.saveChanges();
        return m;
    }

    @Test
    void pagesSpeakUkrainianOnceTheUserChoosesIt() {
        Story story = story(0, Seed.unique("maria-"));
        logIn(story.user().username());
        browser().get(url("/settings"));

        new Select(browser().findElement(By.id("language"))).selectByValue("uk");
        new Select(browser().findElement(By.id("zone"))).selectByValue("Europe/Kyiv");
        browser().findElement(By.cssSelector("form[action$='/settings/preferences'] button")).click();
        await().until(() -> browser().findElement(By.tagName("h1")).getText().equals("Налаштування"));

        browser().get(url("/activities/" + story.rfq().value()));
        assertThat(browser().findElement(By.tagName("nav")).getText()).contains("Партнери");
        // 08:15 UTC is 10:15 in Kyiv in November
        assertThat(browser().findElement(By.cssSelector(".headers time")).getText()).contains("10:15");
    }
}
