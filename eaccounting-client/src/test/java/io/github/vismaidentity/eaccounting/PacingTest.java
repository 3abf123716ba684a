package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.eaccounting.support.MovableClock;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client paces itself under the emulator's rate limit: a burst gets no 429. Both clocks stand still; a paced
 * call's wait moves them both, as real time would.
 */
class PacingTest extends EmulatorTestBase {

    private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");
    private static final int LIMIT = 3;

    private final MovableClock clock = new MovableClock(START);
    private final List<Duration> waits = new ArrayList<>();
    private EmulatorTokens tokens;
    private EAccountingClient client;

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clock(Clock.fixed(START, ZoneOffset.UTC));
    }

    @BeforeEach
    void signIn() {
        tokens = EmulatorTokens.signIn(emulator, browser);
        emulator.control().rateLimitPerMinute(LIMIT);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aPacedBurstGetsNo429() {
        client = paced(LIMIT);
        EAccountingClient demo = client.forCompany(tokens.companyId());

        for (int i = 0; i < 10; i++) {
            assertThat(demo.customers().list().items()).isNotEmpty();
        }

        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isZero();
        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).isEqualTo(10);
        assertThat(waits).as("calls 4, 7 and 10 wait for the window").containsExactly(Duration.ofSeconds(61),
                Duration.ofSeconds(61), Duration.ofSeconds(61));
    }

    @Test
    void viewsOfOneClientShareItsPacing() {
        client = paced(LIMIT);

        for (int i = 0; i < 4; i++) {
            client.forCompany(tokens.companyId()).customers().list();
        }

        assertThat(waits).hasSize(1);
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isZero();
    }

    @Test
    void withoutPacingTheSameBurstIsLimited() {
        client = paced(0);
        EAccountingClient demo = client.forCompany(tokens.companyId());
        for (int i = 0; i < LIMIT; i++) {
            demo.customers().list();
        }

        assertThatThrownBy(() -> demo.customers().list()).isInstanceOf(RateLimitedException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void otherEndpointsAreNotHeldUpByAPacedOne() {
        client = paced(LIMIT);
        EAccountingClient demo = client.forCompany(tokens.companyId());
        for (int i = 0; i < LIMIT; i++) {
            demo.customers().list();
        }

        demo.companySettings().get();

        assertThat(waits).isEmpty();
    }

    @Test
    void aCallInterruptedWhileItWaitsItsTurnIsNotSentAndKeepsTheInterrupt() {
        client = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).callsPerMinute(1)
                .clock(clock).sleeper(wait -> {
                    throw new InterruptedException();
                }).build();
        EAccountingClient demo = client.forCompany(tokens.companyId());
        demo.customers().list();

        RateLimitedException interrupted = catchThrowableOfType(() -> demo.customers().list(),
                RateLimitedException.class);

        assertThat(Thread.interrupted()).as("interrupt flag kept (and cleared here)").isTrue();
        assertThat(interrupted.status()).isZero();
        assertThat(interrupted).hasMessageContaining("nothing was sent");
        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).isEqualTo(1);
    }

    private EAccountingClient paced(int callsPerMinute) {
        return EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens)
                .callsPerMinute(callsPerMinute).clock(clock).sleeper(wait -> {
                    waits.add(wait);
                    clock.advance(wait);
                    emulator.control().advanceClock(wait);
                }).build();
    }
}
