package io.github.vismaidentity.it.support;

import org.htmlunit.WebClient;

/** HtmlUnit as the container tests use it: no scripts or styles, and failing statuses are answers to check. */
public final class Browsers {

    private Browsers() {
    }

    public static WebClient htmlUnit() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setPrintContentOnFailingStatusCode(false);
        return browser;
    }
}
