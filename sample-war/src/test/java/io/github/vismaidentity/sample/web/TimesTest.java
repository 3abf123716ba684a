package io.github.vismaidentity.sample.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {

    @Test
    void instantsShowToTheSecondInUtc() {
        assertThat(Times.INSTANCE.of(Instant.parse("2026-11-28T18:01:52.720218741Z"))).isEqualTo("2026-11-28 18:01:52 UTC");
        assertThat(Times.INSTANCE.of(null)).isEmpty();
    }

    @Test
    void durationsShowInWords() {
        assertThat(Times.INSTANCE.every(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(Times.INSTANCE.every(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(Times.INSTANCE.every(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(Times.INSTANCE.every(Duration.ofDays(1))).isEqualTo("24 hours");
        assertThat(Times.INSTANCE.every(Duration.ofMillis(500))).isEqualTo("500 ms");
    }
}
