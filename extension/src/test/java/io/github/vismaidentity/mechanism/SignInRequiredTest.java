package io.github.vismaidentity.mechanism;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which protected requests without a caller start a sign-in (a redirect to Visma) and which get a 401: a request
 * that cannot follow the redirect would only leave a sign-in cookie behind.
 */
class SignInRequiredTest {

    @ParameterizedTest(name = "{0} Accept={1} X-Requested-With={2} Sec-Fetch-Mode={3}: redirect {4}")
    @CsvSource(nullValues = "-", value = {
            "GET,  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', -, navigate, true",
            "GET,  -, -, -, true",
            "GET,  */*, -, -, true",
            "HEAD, text/html, -, -, true",
            "GET,  'application/json, text/html', -, -, true",
            "GET,  application/json, -, -, false",
            "GET,  'application/json, text/plain, */*', -, -, false",
            "GET,  APPLICATION/JSON, -, -, false",
            "GET,  text/html, XMLHttpRequest, -, false",
            "GET,  */*, xmlhttprequest, -, false",
            "GET,  */*, -, cors, false",
            "GET,  'image/avif,image/webp,*/*', -, no-cors, false",
            "POST, text/html, -, navigate, false",
            "PUT,  -, -, -, false",
            "DELETE, -, -, -, false"})
    void onlyARequestThatCanFollowARedirectStartsASignIn(String method, String accept, String requestedWith,
                                                         String fetchMode, boolean redirect) {
        assertThat(SignInRequired.canFollowRedirect(method, accept, requestedWith, fetchMode)).isEqualTo(redirect);
    }
}
