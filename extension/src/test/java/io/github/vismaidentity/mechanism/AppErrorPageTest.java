package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaError;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.support.CapturedLog;
import io.github.vismaidentity.support.ServletExchange;
import io.github.vismaidentity.support.TestSettings;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a refusal and a token failure end: the application's page named by {@code visma.identity.error-path},
 * forwarded to with the status set and the attributes of {@link VismaError}, or the built-in page.
 */
class AppErrorPageTest extends EmulatorTestBase {

    private static final String START_AGAIN = "/app/visma/signin";
    private static final SignInFailure FORGED = SignInFailure.refused("VISMAID2004", "The sign-in cannot be "
            + "finished: this browser did not start it.");
    private static final SignInFailure NOT_SAVED = SignInFailure.transientFailure(SignInCompletion.NOT_SAVED,
            "The tokens could not be saved, so you are not signed in: VISMAID3010: No datasource at JNDI name "
                    + "'java:app/jdbc/billing' (javax.naming.NameNotFoundException: billing).", 503);

    private final ServletExchange exchange = new ServletExchange();

    /** Prints what the application's page reads, as the container tests' page does. */
    private final ServletExchange.Page printsAttributes = (request, response) -> {
        response.setContentType("text/plain;charset=UTF-8");
        for (String name : new String[] {VismaError.MESSAGE_ID, VismaError.STATUS, VismaError.MESSAGE,
                VismaError.ADVICE, VismaError.SIGN_IN}) {
            response.getWriter().println(name + "=" + request.getAttribute(name));
        }
    };

    @Test
    void withoutTheSettingARefusalGetsTheBuiltInPageAsBefore() throws IOException {
        page(Optional.empty()).show(exchange.request, exchange.response, FORGED, START_AGAIN);

        assertThat(exchange.forwardedTo).isEmpty();
        assertThat(exchange.status).isEqualTo(400);
        assertThat(exchange.body()).isEqualTo(ErrorPage.html(FORGED, START_AGAIN));
        assertThat(exchange.committed).isTrue();
    }

    @Test
    void withTheSettingARefusalIsForwardedWithItsStatusAndTheDocumentedAttributes() throws IOException {
        exchange.page = printsAttributes;

        page(Optional.of("/oops")).show(exchange.request, exchange.response, FORGED, START_AGAIN);

        assertThat(exchange.forwardedTo).containsExactly("/oops");
        assertThat(exchange.status).isEqualTo(400);
        assertThat(exchange.headers).containsEntry("Cache-Control", "no-store");
        assertThat(exchange.attributes).containsEntry(VismaError.MESSAGE_ID, "VISMAID2004")
                .containsEntry(VismaError.STATUS, 400)
                .containsEntry(VismaError.MESSAGE, ErrorPage.shown(FORGED).message())
                .containsEntry(VismaError.ADVICE, FORGED.advice())
                .containsEntry(VismaError.SIGN_IN, "/app" + VismaIdentityDefinition.SIGN_IN_PATH);
        assertThat(exchange.body()).contains("io.github.vismaidentity.error.message-id=VISMAID2004",
                "io.github.vismaidentity.error.status=400");
        assertThat(exchange.committed).as("sent, so the container adds nothing").isTrue();
    }

    @Test
    void aServerSideFailureGivesThePageTheBuiltInPagesTextWithoutInfrastructureDetails() throws IOException {
        exchange.page = printsAttributes;

        page(Optional.of("/oops")).show(exchange.request, exchange.response, NOT_SAVED, START_AGAIN);

        assertThat(exchange.status).isEqualTo(503);
        assertThat(exchange.attributes).containsEntry(VismaError.MESSAGE, ErrorPage.shown(NOT_SAVED).message())
                .containsEntry(VismaError.ADVICE, ErrorPage.shown(NOT_SAVED).advice());
        assertThat(exchange.body()).contains(SignInCompletion.NOT_SAVED)
                .doesNotContain("java:app/jdbc/billing", "NameNotFoundException", "VISMAID3010");
    }

    @Test
    void aRefusedSignOutGoesToTheApplicationsPageToo() throws IOException {
        exchange.page = printsAttributes;
        SignInFailure refusal = SignInFailure.forbidden("VISMAID2041", "The sign-out came from another site.",
                "Sign out from the application's own page.");

        page(Optional.of("/oops")).show(exchange.request, exchange.response, refusal, "Sign-out refused", "/app/",
                "Back to the application");

        assertThat(exchange.status).isEqualTo(403);
        assertThat(exchange.attributes).containsEntry(VismaError.MESSAGE_ID, "VISMAID2041");
    }

    @Test
    void aPageThatIsNotThereGivesTheBuiltInPageAndAWarningNamingTheSetting() throws IOException {
        exchange.page = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);

        try (CapturedLog log = CapturedLog.of(AppErrorPage.class)) {
            page(Optional.of("/missing")).show(exchange.request, exchange.response, FORGED, START_AGAIN);

            assertThat(log.warnings()).singleElement().asString()
                    .contains("/missing", VismaIdentityDefinition.ERROR_PATH, "sendError(404)");
        }
        assertThat(exchange.status).isEqualTo(400);
        assertThat(exchange.body()).isEqualTo(ErrorPage.html(FORGED, START_AGAIN));
    }

    @Test
    void aPageThatFailsHalfwayLeavesNothingOfItsOwnAndTheBuiltInPageAnswers() throws IOException {
        exchange.page = (request, response) -> {
            response.setStatus(200);
            response.getWriter().print("<p>half a page");
            response.flushBuffer();
            throw new IllegalStateException("the page's own bug");
        };

        try (CapturedLog log = CapturedLog.of(AppErrorPage.class)) {
            page(Optional.of("/broken")).show(exchange.request, exchange.response, FORGED, START_AGAIN);

            assertThat(log.warnings()).singleElement().asString()
                    .contains("/broken", VismaIdentityDefinition.ERROR_PATH, "it failed");
        }
        assertThat(exchange.status).isEqualTo(400);
        assertThat(exchange.body()).isEqualTo(ErrorPage.html(FORGED, START_AGAIN)).doesNotContain("half a page");
    }

    @Test
    void aTransientTokenFailureIsForwardedAs503WithItsMessageIdAndNoDetails() {
        exchange.page = printsAttributes;
        VismaTransientException failure = new VismaTransientException("VISMAID4010", "Visma's token endpoint at "
                + "https://identity.internal.example/connect/token did not answer.", null);

        boolean answered = page(Optional.of("/oops")).forwardedToken(exchange.request, exchange.response, failure);

        assertThat(answered).isTrue();
        assertThat(exchange.status).isEqualTo(503);
        assertThat(exchange.attributes).containsEntry(VismaError.MESSAGE_ID, "VISMAID4010")
                .containsEntry(VismaError.STATUS, 503)
                .hasEntrySatisfying(VismaError.ADVICE, advice -> assertThat(advice.toString()).startsWith("Try again"));
        assertThat(exchange.body()).doesNotContain("identity.internal.example", "did not answer");
    }

    @Test
    void aConfigurationTokenFailureIsForwardedAs500SayingTheOperatorMustFixIt() {
        exchange.page = printsAttributes;
        VismaConfigurationException failure = new VismaConfigurationException("VISMAID4007", "Visma refused the "
                + "client credentials (invalid_client).", null);

        assertThat(page(Optional.of("/oops")).forwardedToken(exchange.request, exchange.response, failure)).isTrue();

        assertThat(exchange.status).isEqualTo(500);
        assertThat(exchange.attributes).containsEntry(VismaError.MESSAGE_ID, "VISMAID4007")
                .hasEntrySatisfying(VismaError.ADVICE, advice -> assertThat(advice.toString())
                        .contains("operator"));
        assertThat(exchange.body()).doesNotContain("invalid_client");
    }

    @Test
    void withoutTheSettingATokenFailureIsLeftToTheContainer() {
        VismaTransientException failure = new VismaTransientException("VISMAID4010", "no answer", null);

        assertThat(page(Optional.empty()).forwardedToken(exchange.request, exchange.response, failure)).isFalse();
        assertThat(exchange.forwardedTo).isEmpty();
        assertThat(exchange.committed).isFalse();
    }

    @Test
    void outsideACdiApplicationATokenFailureIsLeftToTheContainer() {
        assertThat(AppErrorPage.tokenFailure(exchange.request, exchange.response,
                new VismaTransientException("VISMAID4010", "no answer", null))).isFalse();
        assertThat(exchange.forwardedTo).isEmpty();
    }

    private AppErrorPage page(Optional<String> path) {
        VismaIdentitySettings settings = TestSettings.forEmulator(emulator).build().withErrorPath(path);
        return AppErrorPage.of(settings);
    }
}
