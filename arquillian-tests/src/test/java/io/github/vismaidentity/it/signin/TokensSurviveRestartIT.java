package io.github.vismaidentity.it.signin;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.SharedVisma;
import org.htmlunit.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new Payara Micro start on the same Derby database and the same Visma: the token sets stored before
 * (by {@link SignInIT}, which failsafe runs first: classes run in alphabetical order) work without a sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class TokensSurviveRestartIT {

    private static URL app;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        app = new URL("http", "localhost", Integer.parseInt(System.getProperty("payara.http.port")),
                "/" + SignInIT.CONTEXT + "/");
        return SignInIT.application();
    }

    @AfterAll
    static void keepIssuedSecrets() {
        IssuedSecrets.keep("shared-visma", SharedVisma.forApp(app, SignInIT.CLIENT_ID, SignInIT.CLIENT_SECRET));
    }

    @Test
    void aTokenSetStoredBeforeTheRestartServesABackgroundJobWithoutASignIn() throws Exception {
        VismaEmulator visma = SharedVisma.forApp(app, SignInIT.CLIENT_ID, SignInIT.CLIENT_SECRET);
        String solo = Seed.users().stream().filter(user -> user.username().equals("solo")).findFirst().orElseThrow()
                .subject();
        long signIns = visma.control().count(Counter.AUTHORIZATION_CODE_GRANTS);
        try (WebClient browser = Browsers.htmlUnit()) {
            List<String> row = browser.getPage(new URL(app, "test/token-rows")).getWebResponse().getContentAsString()
                    .lines().map(line -> List.of(line.split("\t")))
                    .filter(columns -> columns.get(1).equals(solo) && columns.get(7).equals("ACTIVE"))
                    .findFirst().orElseThrow(() -> new AssertionError("no token set of solo: run after SignInIT"));

            String answer = browser.getPage(new URL(app, "test/company-token?company=" + row.get(2)))
                    .getWebResponse().getContentAsString();

            assertThat(answer.lines()).containsExactly("api-status=200", "api-company=Solo Konsult AB");
        }
        assertThat(visma.control().count(Counter.AUTHORIZATION_CODE_GRANTS)).as("sign-ins").isEqualTo(signIns);
    }
}
