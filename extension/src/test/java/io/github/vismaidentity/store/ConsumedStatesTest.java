package io.github.vismaidentity.store;

import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The used-states table: one use per state, a hash instead of the state, expired rows deleted; on each
 * database ({@link TestDatabase#current()}).
 */
class ConsumedStatesTest {

    private final DataSource dataSource = TestDatabase.current().fresh();
    private final MutableClock clock = new MutableClock();
    private final ConsumedStates states = new ConsumedStates(dataSource, new LocalTransactions(dataSource), clock);

    @Test
    void aStateIsUsedOnceAndTheTableIsCreatedOnItsFirstUse() {
        Instant until = clock.instant().plus(Duration.ofMinutes(10));

        assertThat(states.firstUse("state-one", until)).isTrue();
        assertThat(states.firstUse("state-one", until)).isFalse();
        assertThat(states.firstUse("state-two", until)).isTrue();
        ConsumedStates otherNode = new ConsumedStates(dataSource, new LocalTransactions(dataSource), clock);
        assertThat(otherNode.firstUse("state-one", until)).as("another node sharing the database").isFalse();
    }

    @Test
    void threadsRacingToCreateTheTableEachRecordTheirFirstUse() throws Exception {
        Instant until = clock.instant().plus(Duration.ofMinutes(10));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String state = "state-" + (i % 4);
                uses.add(threads.submit(() -> {
                    go.await();
                    return states.firstUse(state, until);
                }));
            }
            go.countDown();
            List<Boolean> first = new ArrayList<>();
            for (Future<Boolean> use : uses) {
                first.add(use.get());
            }

            assertThat(first).hasSize(8);
            assertThat(first.stream().filter(Boolean::booleanValue).count()).as("one first use per state").isEqualTo(4);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theTableHoldsAHashOfTheStateNeverTheStateItself() throws SQLException {
        states.firstUse("the-secret-state-value", clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(hashes()).singleElement().asString().doesNotContain("the-secret-state-value").hasSize(43);
    }

    @Test
    void rowsPastTheirExpiryAreDeletedWhileNewerOnesStay() throws SQLException {
        states.firstUse("old", clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(15));
        states.firstUse("recent", clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(ConsumedStates.KEPT_AFTER_EXPIRY.plusMinutes(1));

        assertThat(states.purge()).isEqualTo(1);
        assertThat(hashes()).hasSize(1);
        assertThat(states.firstUse("recent", clock.instant())).isFalse();
    }

    @Test
    void expiredRowsAreDeletedAsStatesAreUsedAtMostOnceAMinute() throws SQLException {
        states.firstUse("a", clock.instant());
        clock.advance(ConsumedStates.KEPT_AFTER_EXPIRY.plus(ConsumedStates.PURGE_EVERY).plusSeconds(1));
        states.firstUse("b", clock.instant());

        assertThat(hashes()).as("a purged when b was used").hasSize(1);
    }

    private List<String> hashes() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT STATE_HASH FROM " + ConsumedStates.TABLE)) {
            List<String> hashes = new ArrayList<>();
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
            return hashes;
        }
    }
}
