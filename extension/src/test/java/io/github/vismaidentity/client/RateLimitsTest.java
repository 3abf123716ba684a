package io.github.vismaidentity.client;

import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.observe.Observer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How the filter reads a 429 and decides whether to wait, without HTTP. */
class RateLimitsTest {

    @Test
    void aRetryAfterInSecondsComesBeforeTheMessage() {
        assertThat(RateLimits.askedWait(" 7 ", "Try again in 30 seconds.")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void withoutARetryAfterInSecondsVismasMessageNamesTheWait() {
        assertThat(RateLimits.askedWait(null, "{\"ErrorCode\":4010,\"DeveloperErrorMessage\":"
                + "\"Rate limit exceeded. Try again in 42 seconds.\"}")).isEqualTo(Duration.ofSeconds(42));
        assertThat(RateLimits.askedWait("Wed, 21 Oct 2015 07:28:00 GMT", "try again in 1 second"))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void whenNothingNamesTheWaitItIsVismasWholeMinute() {
        assertThat(RateLimits.askedWait(null, "")).isEqualTo(Duration.ofSeconds(60));
        assertThat(RateLimits.askedWait("99999999999999999999", "try again in 99999999999999999999 seconds"))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theBoundItselfIsWaitedButNothingLonger() {
        assertThat(RateLimits.waits(Duration.ofSeconds(10), Duration.ofSeconds(10))).isTrue();
        assertThat(RateLimits.waits(Duration.ZERO, Duration.ofSeconds(10))).isTrue();
        assertThat(RateLimits.waits(Duration.ofSeconds(11), Duration.ofSeconds(10))).isFalse();
    }

    @Test
    void aBoundOfZeroNeverWaitsNotEvenForAZeroSecondRetryAfter() {
        assertThat(RateLimits.waits(Duration.ZERO, Duration.ZERO)).isFalse();
        assertThat(RateLimits.tooLong(Duration.ZERO, Duration.ZERO).getMessage())
                .contains("does not wait (visma.identity.rate-limit-max-wait is 0)");
    }

    @Test
    void withoutACdiContainerTheBoundIsTheDefault() {
        assertThat(RateLimits.configuredMaxWait()).isEqualTo(VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT)
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void withoutAContainerTheFilterReportsToNobody() {
        assertThat(RateLimits.configuredObserver()).isSameAs(Observer.NONE);
    }
}
