package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.sample.api.EAccountingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    @Test
    void aRateLimitInsideJaxRsProcessingExceptionSaysHowLongToWait() {
        Problem problem = Problem.of(new ProcessingException(
                new VismaRateLimitedException("VISMAID4020", "limited", Duration.ofSeconds(42))));

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.advice()).contains("42 seconds");
        assertThat(problem.messageId()).isEqualTo("VISMAID4020");
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void vismaUnreachableIsServiceUnavailableAndNeedsNoNewSignIn() {
        Problem problem = Problem.of(new VismaTransientException("VISMAID4001", "down", new IOException("refused")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.messageId()).isEqualTo("VISMAID4001");
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void anApiCallThatCannotConnectIsServiceUnavailable() {
        Problem problem = Problem.of(new ProcessingException(new java.net.ConnectException("Connection refused")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void aConfigurationErrorAsksForAnAdministratorAndNoNewSignIn() {
        Problem problem = Problem.of(new VismaConfigurationException("VISMAID4007", "invalid_client", null));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.messageId()).isEqualTo("VISMAID4007");
        assertThat(problem.signInAgain()).isFalse();
        assertThat(problem.advice()).contains("administrator");
    }

    @Test
    void reauthenticationRequiredOffersTheSignIn() {
        Problem problem = Problem.of(new RuntimeException(
                new VismaReauthenticationRequiredException("VISMAID4002", "refused", "sub", "company")));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.messageId()).isEqualTo("VISMAID4002");
        assertThat(problem.signInAgain()).isTrue();
    }

    @Test
    void aMissingScopeIsForbiddenAndOffersTheSignIn() {
        Problem problem = Problem.of(new EAccountingException("/v2/customers", 403, 4006, "scope ea:sales missing"));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.signInAgain()).isTrue();
    }

    @Test
    void aServerErrorAtVismaIsABadGatewayWithoutVismasText() {
        Problem problem = Problem.of(new EAccountingException("/v2/customers", 503, 0, "internal detail"));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.advice()).contains("HTTP 503").doesNotContain("internal detail");
    }

    @Test
    void anUnknownFailureIsA500ThatRepeatsNothingOfTheException() {
        Problem problem = Problem.of(new IllegalStateException("secret detail at com.example.Foo"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.title() + problem.advice()).doesNotContain("secret detail").doesNotContain("Exception");
        assertThat(problem.messageId()).isNull();
    }
}
