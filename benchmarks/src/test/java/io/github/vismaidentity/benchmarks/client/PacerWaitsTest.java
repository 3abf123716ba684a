package io.github.vismaidentity.benchmarks.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PacerWaitsTest {

    @Test
    void everyWaitThePacerSleepsIsCountedAndATallySubtractsAnEarlierOne() throws InterruptedException {
        PacerWaits waits = new PacerWaits();
        waits.sleep(Duration.ZERO);
        PacerWaits.Tally before = waits.tally();
        waits.sleep(Duration.ZERO);
        waits.sleep(Duration.ZERO);

        PacerWaits.Tally since = waits.tally().minus(before);

        assertThat(before.waits()).isEqualTo(1);
        assertThat(since.waits()).isEqualTo(2);
        assertThat(since.seconds()).isGreaterThanOrEqualTo(0.0).isLessThan(waits.tally().seconds() + 1e-9);
    }
}
