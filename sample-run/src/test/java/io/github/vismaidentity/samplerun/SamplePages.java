package io.github.vismaidentity.samplerun;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTableRow;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person on the sample's and the emulated Visma's pages, in HtmlUnit (no scripts, as the pages need none). */
final class SamplePages {

    private SamplePages() {
    }

    static WebClient browser() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return browser;
    }

    /** From the home page: Connect, Visma's login as {@code user} (password = user name), the company. */
    static HtmlPage connect(WebClient browser, String home, String user, String company) throws IOException {
        HtmlPage login = browser.<HtmlPage>getPage(home).getHtmlElementById("connect").click();
        assertThat(login.getUrl().getPath()).as("Visma's login form").isEqualTo("/account/login");
        login.<HtmlInput>getElementByName("username").setValue(user);
        login.<HtmlInput>getElementByName("password").setValue(user);
        HtmlPage picker = login.getHtmlElementById("login").click();
        assertThat(picker.getUrl().getPath()).as("Visma's company picker").isEqualTo("/account/company");
        HtmlRadioButtonInput choice = picker.getFirstByXPath(
                "//label[@class='company'][normalize-space(.)='" + company + "']/input[@name='company']");
        choice.setChecked(true);
        return picker.getHtmlElementById("choose").click();
    }

    static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent().trim();
    }

    /** The cells of the table {@code id}'s body, row by row; none when the page has no such table. */
    static List<List<String>> rows(HtmlPage page, String id) {
        if (page.getElementById(id) == null) {
            return List.of();
        }
        return page.<HtmlTableRow>getByXPath("//table[@id='" + id + "']/tbody/tr").stream()
                .map(row -> row.getCells().stream().map(cell -> cell.getTextContent().trim()).toList()).toList();
    }
}
