package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sign-in's error page tells the browser: what happened, the message ID and what to do. Details of
 * this server's infrastructure, or of how Visma failed to answer, stay in the server log.
 */
class ErrorPageTest {

    private static final String START_AGAIN = "/app/visma/sign-in";

    @Test
    void aTokenStoreFailureShowsWhatHappenedTheMessageIdAndWhatToDoButNoJndiNameOrDriverMessage() {
        SignInFailure failure = SignInFailure.transientFailure(SignInCompletion.NOT_SAVED, "The tokens could not be "
                + "saved, so you are not signed in: VISMAID3010: No datasource at JNDI name 'java:app/jdbc/billing' "
                + "(javax.naming.NameNotFoundException: billing). Set visma.identity.datasource to the JNDI name of "
                + "a JTA datasource of the server.", 503);

        String page = ErrorPage.html(failure, START_AGAIN);

        assertThat(page).contains(SignInCompletion.NOT_SAVED, "not signed in", "Try again", "Sign in again")
                .doesNotContain("java:app/jdbc/billing", "NameNotFoundException", "visma.identity.datasource",
                        "VISMAID3010", "Visma could not be reached");
    }

    @Test
    void aDriverMessageWithHostAndUserStaysOffThePage() {
        SignInFailure failure = SignInFailure.transientFailure(SignInCompletion.NOT_SAVED, "The tokens could not be "
                + "saved, so you are not signed in: VISMAID3002: The token store could not save the token set "
                + "(SQLState 08004: Connection authentication failure occurred. Reason: userid or password invalid "
                + "for user 'billing_admin' at db7.internal.example:1527).", 503);

        assertThat(ErrorPage.html(failure, START_AGAIN)).contains(SignInCompletion.NOT_SAVED)
                .doesNotContain("billing_admin", "db7.internal", "SQLState");
    }

    @Test
    void vismaUnreachableShowsWhatHappenedWithoutTheAddressOrTheException() {
        SignInFailure failure = SignInFailure.transientFailure(Discovery.UNREACHABLE, "The discovery document at "
                + "https://identity.vismaonline.com/.well-known/openid-configuration could not be fetched: "
                + "java.net.ConnectException: proxy.corp.internal:3128 refused", 504);

        assertThat(ErrorPage.html(failure, START_AGAIN)).contains(Discovery.UNREACHABLE, "Visma", "try again")
                .doesNotContain("proxy.corp.internal", "ConnectException", ".well-known");
    }

    @Test
    void aRefusedCallbackKeepsItsOwnExplanation() {
        SignInFailure failure = SignInFailure.refused("VISMAID2020", "This sign-in link was already used or has "
                + "expired.");

        assertThat(ErrorPage.html(failure, START_AGAIN)).contains("VISMAID2020",
                "This sign-in link was already used or has expired.", "Start the sign-in again.");
    }
}
