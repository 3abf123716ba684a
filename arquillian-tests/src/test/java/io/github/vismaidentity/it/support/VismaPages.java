package io.github.vismaidentity.it.support;

import io.github.vismaidentity.emulator.directory.Seed;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does on the emulator's pages: log in (password = user name) and pick a company. */
public final class VismaPages {

    private VismaPages() {
    }

    public static HtmlPage logIn(HtmlPage form, String user) throws IOException {
        assertThat(form.getUrl().getPath()).as("Visma's login form").isEqualTo("/account/login");
        form.<HtmlInput>getElementByName("username").setValue(user);
        form.<HtmlInput>getElementByName("password").setValue(user);
        return form.getHtmlElementById("login").click();
    }

    public static <P extends Page> P pick(HtmlPage picker, String company) throws IOException {
        assertThat(picker.getUrl().getPath()).as("Visma's company picker").isEqualTo("/account/company");
        HtmlRadioButtonInput choice = picker.getFirstByXPath(
                "//label[@class='company'][normalize-space(.)='" + company + "']/input[@name='company']");
        choice.setChecked(true);
        return picker.getHtmlElementById("choose").click();
    }

    /** The {@code sub} Visma gives the seeded user. */
    public static String subjectOf(String username) {
        return Seed.users().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow()
                .subject();
    }
}
