package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.http.Html.escape;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.http.Html;

/** The login form, the company picker and the error page, as plain HTML forms. */
final class LoginPages {

    private LoginPages() {
    }

    static String login(String requestId, String username, String error) {
        return Html.page("Sign in to Visma eAccounting", errorBlock(error) + """
                <form method="post" action="/account/login">
                <input type="hidden" name="request" value="%s">
                <label for="username">Username</label>
                <input type="text" id="username" name="username" value="%s" autocomplete="username" autofocus required>
                <label for="password">Password</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                <button type="submit" id="login">Sign in</button>
                </form>
                """.formatted(escape(requestId), escape(username)));
    }

    static String picker(String requestId, User user, String error) {
        StringBuilder choices = new StringBuilder();
        boolean first = true;
        for (Company company : user.companies()) {
            choices.append("""
                    <label class="company"><input type="radio" name="company" value="%s"%s> %s</label>
                    """.formatted(escape(company.id()), first ? " checked" : "", escape(company.name())));
            first = false;
        }
        return Html.page("Choose a company", errorBlock(error) + """
                <p>Signed in as %s. Which company do you want to connect?</p>
                <form method="post" action="/account/company">
                <input type="hidden" name="request" value="%s">
                %s<button type="submit" id="choose">Continue</button>
                </form>
                """.formatted(escape(user.name()), escape(requestId), choices));
    }

    static String error(String title, String message) {
        return Html.page(title, "<p class=\"error\">" + escape(message) + "</p>");
    }

    private static String errorBlock(String error) {
        return error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n";
    }
}
