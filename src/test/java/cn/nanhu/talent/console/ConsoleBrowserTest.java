package cn.nanhu.talent.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console end to end in a real browser: headless Chromium, the pages as staff use them. */
@QuarkusTest
class ConsoleBrowserTest {

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;
    @Inject
    Db db;

    @BeforeAll
    static void startBrowser() {
        if (Browser.installed()) {
            driver = Browser.start();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        Browser.requireInstalled();
        open("/admin/login");
        driver.manage().deleteAllCookies();
    }

    @Test
    void a_reviewer_signs_in_approves_an_employer_and_it_leaves_the_queue() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("bown")));
        String reviewer = newReviewer();

        open("/admin/login");
        Browser.screenshot(driver, "01-sign-in");
        signIn(reviewer, password(reviewer));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("pending-count")));
        Browser.screenshot(driver, "02-start-page");

        driver.findElement(By.linkText("审核队列")).click();
        WebElement row = findOnSomePage(rowOf(employerId));
        Browser.screenshot(driver, "03-review-queue");
        row.findElement(By.className("open")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("credit-check")));
        assertThat(driver.findElement(By.id("credit-check")).getText()).contains("校验位正确");
        WebElement licence = driver.findElement(By.id("license-image"));
        assertThat((Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", licence)).isTrue();
        assertThat(driver.getPageSource()).doesNotContain("13900002222");
        Browser.screenshot(driver, "04-review-item");

        driver.findElement(By.id("approve")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(driver.getCurrentUrl()).contains("/admin/reviews?decided=");
        assertThat(driver.findElements(rowOf(employerId))).isEmpty();
        Browser.screenshot(driver, "05-review-queue-after-approval");
        assertThat(db.row("select status from employer where id = ?", employerId)).containsEntry("status", "APPROVED");
    }

    @Test
    void a_second_reviewers_stale_decision_shows_the_conflict_message() {
        String employerId = Employers.register(Api.wechatUser(Api.unique("bown")));
        String reviewer = newReviewer();
        signIn(reviewer, password(reviewer));
        Map<String, Object> item = Employers.pendingItem(Api.admin(), employerId);
        open("/admin/reviews/" + item.get("id"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("approve")));

        // meanwhile another reviewer rejects the same item through the API
        Api.Session other = Api.newStaff(Api.unique("bother"), "REVIEWER");
        other.as().contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "reasonTemplate", "LICENSE_UNREADABLE", "version", item.get("version")))
                .when().post("/api/v1/admin/reviews/" + item.get("id") + "/decision").then().statusCode(200);

        driver.findElement(By.id("approve")).click();
        WebElement message = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-result .conflict")));
        assertThat(message.getText()).contains("已有其他审核员先作出决定");
        Browser.screenshot(driver, "06-review-conflict");
        assertThat(db.row("select status from employer where id = ?", employerId)).containsEntry("status", "REJECTED");
    }

    @Test
    void an_admin_creates_a_reviewer_and_publishes_an_announcement_that_the_home_page_shows() {
        signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        driver.findElement(By.linkText("工作人员")).click();
        String username = Api.unique("brev");
        driver.findElement(By.id("new-username")).sendKeys(username);
        driver.findElement(By.id("new-display-name")).sendKeys("审核员乙");
        driver.findElement(By.id("new-password")).sendKeys(password(username));
        driver.findElement(By.id("role-reviewer")).click();
        driver.findElement(By.id("create")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-username='" + username + "']")));
        Browser.screenshot(driver, "07-staff-accounts");

        driver.findElement(By.linkText("公告与文章")).click();
        driver.findElement(By.id("new-content")).click();
        String title = Api.unique("人才新政公告");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("summary")).sendKeys("南湖区人才新政要点");
        driver.findElement(By.id("content")).sendKeys("<p>南湖区发布人才新政，<b>本科生</b>可申请生活补贴。</p>");
        Browser.screenshot(driver, "08-announcement-editor");
        driver.findElement(By.id("save")).click();
        // the list page after the save's redirect: wait for the row's own cells, not only the row
        By status = By.xpath("//table[@id='content-list']//tr[td/a[text()='" + title + "']]/td[@class='status']");
        wait(ExpectedConditions.textToBePresentInElementLocated(status, "草稿"));
        assertThat(textOf(status)).isEqualTo("草稿");
        driver.findElement(By.xpath("//table[@id='content-list']//tr[td/a[text()='" + title + "']]//button[contains(@class,'publish')]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(status, "已发布"));
        assertThat(textOf(status)).isEqualTo("已发布");
        Browser.screenshot(driver, "09-announcements");

        given().when().get("/api/v1/home").then().statusCode(200).body(containsString(title));

        driver.findElement(By.id("logout")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        signIn(username, password(username));
        wait(ExpectedConditions.presenceOfElementLocated(By.linkText("审核队列")));
        assertThat(driver.findElements(By.linkText("工作人员"))).isEmpty();
    }

    @Test
    void a_ticket_is_checked_in_at_the_door() {
        OffsetDateTime start = Jobs.now().plus(Duration.ofHours(1));
        String fairTitle = Api.unique("南湖春季招聘会");
        String fairId = Fairs.published(Api.admin(), Fairs.body(fairTitle, start, start.plus(Duration.ofHours(4))));
        String ticketCode = (String) Fairs.signup(Api.wechatUser(Api.unique("bseek")), fairId).get("ticketCode");

        signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        driver.findElement(By.linkText("招聘会")).click();
        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-id='" + fairId + "']")));
        Browser.screenshot(driver, "10-fairs");
        row.findElement(By.className("checkin-link")).click();

        WebElement input = wait(ExpectedConditions.presenceOfElementLocated(By.id("ticket-code")));
        input.sendKeys(ticketCode);
        driver.findElement(By.id("checkin")).click();
        WebElement result = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checkin-result .ok")));
        assertThat(result.getText()).contains("签到成功").contains(ticketCode);
        Browser.screenshot(driver, "11-check-in");

        driver.findElement(By.id("checkin")).click();
        result = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checkin-result .conflict")));
        assertThat(result.getText()).contains("已经签到过");
        assertThat(db.count("select count(*) from fair_ticket where ticket_code = ? and checked_in_at is not null", ticketCode))
                .isEqualTo(1);
    }

    @Test
    void an_admin_reads_the_statistics_charts_and_creates_a_channel() {
        Employers.Registered employer = Employers.approved(Api.unique("bstat"));
        Jobs.published(employer.owner(), Jobs.body("统计图岗位"));

        signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        driver.findElement(By.linkText("统计")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("overview")));
        // ECharts draws into a canvas inside each chart container
        WebElement line = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-series canvas")));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-breakdown canvas")));
        assertThat(line.getSize().getWidth()).isPositive();
        assertThat(driver.findElement(By.id("m-jobs-published")).getText()).isNotEqualTo("0");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("chart-series")));
        Browser.screenshot(driver, "13-statistics");

        driver.findElement(By.linkText("渠道")).click();
        String name = Api.unique("浏览器渠道");
        String code = "br-" + Long.toString(System.nanoTime(), 36);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("channel-name"))).sendKeys(name);
        driver.findElement(By.id("channel-code")).sendKeys(code);
        driver.findElement(By.id("channel-region")).sendKeys("3304");
        driver.findElement(By.id("filter-education")).sendKeys("本科");
        driver.findElement(By.id("create-channel-submit")).click();
        WebElement key = wait(ExpectedConditions.presenceOfElementLocated(By.id("created-api-key")));
        assertThat(key.getText()).isNotBlank();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-code='" + code + "']")));
        Browser.screenshot(driver, "12-channels");
        assertThat(db.row("select name, enabled from channel where code = ?", code)).containsEntry("name", name).containsEntry("enabled", true);
        db.update("update channel set enabled = false where code = ?", code);
    }

    private String newReviewer() {
        String username = Api.unique("brev");
        Api.newStaff(username, "REVIEWER");
        return username;
    }

    private static String password(String username) {
        return "pw-" + username + "-0123456789";
    }

    private void signIn(String username, String password) {
        open("/admin/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        try {
            wait(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in as " + username + " at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** The row on the queue's current page or a later one (other tests leave items in the queue). */
    private WebElement findOnSomePage(By row) {
        for (int page = 0; page < 100; page++) {
            wait(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
            List<WebElement> found = driver.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = driver.findElements(By.linkText("下一页"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
        }
        throw new AssertionError("no row " + row + " on any page of " + driver.getCurrentUrl());
    }

    private static By rowOf(String subjectId) {
        return By.cssSelector("tr[data-subject='" + subjectId + "']");
    }

    /**
     * The text of what the locator finds, found again if htmx swapped the node between the finding
     * and the reading (the browser then says the node no longer belongs to the document).
     */
    private static String textOf(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(locator).getText());
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // a node htmx swaps out while the condition reads it is read again on the next poll
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class).until(condition);
    }
}
