package io.github.vismaidentity.mechanism;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SECURITY.md item 5: only a path inside the application is a place to return to. */
class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "/app/../../etc", "/other-app/page", "/app/x\r\nSet-Cookie:a=b",
            "", "http://localhost/app/page", "/app%2F..%2F..%2Fother"})
    void anythingOutsideTheApplicationFallsBackToItsRoot(String candidate) {
        assertThat(ReturnTo.sanitize(candidate, "/app")).isEqualTo("/app/");
    }

    @ParameterizedTest
    @CsvSource({
        "/app/page, /app",
        "/app/customers?page=2&q=a%20b, /app",
        "/app, /app",
        "/anything/here, ''",
    })
    void aPathInsideTheApplicationIsKept(String candidate, String contextPath) {
        assertThat(ReturnTo.sanitize(candidate, contextPath)).isEqualTo(candidate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "https://evil.example"})
    void theRootApplicationRefusesOffSiteTargetsToo(String candidate) {
        assertThat(ReturnTo.sanitize(candidate, "")).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void aReturnPathTooLongForTheSignInCookieLosesItsQueryOrFallsBackToTheRoot() {
        String longQuery = "/app/page?q=" + "a".repeat(ReturnTo.MAX_LENGTH);
        String longPath = "/app/" + "p".repeat(ReturnTo.MAX_LENGTH);

        assertThat(ReturnTo.sanitize(longQuery, "/app")).isEqualTo("/app/page");
        assertThat(ReturnTo.sanitize(longPath + "?q=1", "/app")).isEqualTo("/app/");
        assertThat(ReturnTo.sanitize("/app/page?q=" + "a".repeat(ReturnTo.MAX_LENGTH - 12), "/app"))
                .hasSize(ReturnTo.MAX_LENGTH);
    }
}
