package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.eaccounting.EAccountingException;
import io.github.vismaidentity.eaccounting.ErrorBody;
import io.github.vismaidentity.eaccounting.MissingScopeException;
import io.github.vismaidentity.eaccounting.RateLimitedException;
import io.github.vismaidentity.eaccounting.ResourceNotFoundException;
import io.github.vismaidentity.eaccounting.TokenRejectedException;
import io.github.vismaidentity.eaccounting.VismaUnavailableException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    @Test
    void theExtensionsRateLimitFoundInsideAnotherExceptionSaysHowLongToWait() {
        Problem problem = Problem.of(new IllegalStateException(
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
        Problem problem = Problem.of(new IllegalStateException(new java.net.ConnectException("Connection refused")));

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
    void aMissingScopeIsForbiddenNamesTheScopeAndOffersTheSignIn() {
        Problem problem = Problem.of(new MissingScopeException("POST /v2/customers", 0, ErrorBody.NONE,
                Set.of("ea:sales"), "the token set lacks ea:sales"));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.advice()).contains("ea:sales").doesNotContain("token set lacks");
        assertThat(problem.messageId()).isEqualTo(MissingScopeException.ID);
        assertThat(problem.signInAgain()).isTrue();
    }

    @Test
    void theClientsRateLimitSaysHowLongToWaitAndNeedsNoNewSignIn() {
        Problem problem = Problem.of(new RateLimitedException("GET /v2/customers", 429, ErrorBody.NONE,
                Duration.ofSeconds(37), "not sat out", null));

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.advice()).contains("37 seconds");
        assertThat(problem.messageId()).isEqualTo(RateLimitedException.ID);
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void aTokenVismaStillRefusesAfterTheFiltersNewOneAsksForANewSignIn() {
        Problem problem = Problem.of(new TokenRejectedException("GET /v2/companysettings", 401, ErrorBody.NONE,
                "refused", null));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.signInAgain()).isTrue();
    }

    @Test
    void aServerErrorAtVismaIsABadGatewayWithoutVismasText() {
        Problem problem = Problem.of(new VismaUnavailableException("GET /v2/customers", 503,
                new ErrorBody(null, "internal detail", "e-1", List.of()), "HTTP 503", null));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.advice()).contains("HTTP 503").doesNotContain("internal detail");
        assertThat(problem.messageId()).isEqualTo(VismaUnavailableException.ID);
    }

    @Test
    void vismaThatDoesNotAnswerAtAllIsServiceUnavailable() {
        Problem problem = Problem.of(new VismaUnavailableException("GET /v2/customers", 0, ErrorBody.NONE,
                "connection refused", new IOException("refused")));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void anIdVismaDoesNotKnowIsNotFound() {
        Problem problem = Problem.of(new ResourceNotFoundException("GET /v2/customers/{customerId}", 404,
                new ErrorBody(4004, "no customer", null, List.of()), "not found", null));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.signInAgain()).isFalse();
    }

    @Test
    void anAnswerNoSubtypeCoversIsABadGatewayWithVismasErrorCode() {
        Problem problem = Problem.of(new EAccountingException(EAccountingException.REFUSED, "PUT /v2/customers/{customerId}",
                409, new ErrorBody(4009, "conflict detail", null, List.of()), "HTTP 409", null));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.advice()).contains("HTTP 409", "ErrorCode 4009").doesNotContain("conflict detail");
    }

    @Test
    void anUnknownFailureIsA500ThatRepeatsNothingOfTheException() {
        Problem problem = Problem.of(new IllegalStateException("secret detail at com.example.Foo"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.title() + problem.advice()).doesNotContain("secret detail").doesNotContain("Exception");
        assertThat(problem.messageId()).isNull();
    }
}
