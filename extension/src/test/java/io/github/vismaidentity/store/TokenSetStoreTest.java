package io.github.vismaidentity.store;

import io.github.vismaidentity.support.MutableClock;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The token store on a real (embedded, in-memory) Derby database. */
class TokenSetStoreTest {

    private static final TokenSetKey DEMO_AB = new TokenSetKey("client", "sub-1", "company-ab");
    private static final TokenSetKey DEMO_NO = new TokenSetKey("client", "sub-1", "company-no");

    private final EmbeddedDataSource dataSource = Derby.inMemory();
    private final MutableClock clock = new MutableClock();
    private final TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), clock);
    private final Instant expiry = Instant.parse("2026-11-28T11:00:00.123Z");

    @Test
    void aSavedTokenSetIsFoundWithEveryValue() {
        TokenSet saved = store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid ea:api");

        assertThat(store.find(DEMO_AB)).contains(saved);
        assertThat(saved.accessToken()).isEqualTo("access-1");
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.accessExpiresAt()).isEqualTo(expiry);
        assertThat(saved.scope()).isEqualTo("openid ea:api");
        assertThat(saved.companyName()).isEqualTo("Demo AB");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(TokenSetStatus.ACTIVE);
        assertThat(saved.updatedAt()).isEqualTo(Instant.ofEpochMilli(clock.millis()));
    }

    @Test
    void signingInAgainIntoTheSameCompanyReplacesBothTokensAndRaisesTheVersion() {
        store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid");
        clock.advance(Duration.ofMinutes(1));

        TokenSet second = store.save(DEMO_AB, "Demo AB", "access-2", "refresh-2", expiry.plusSeconds(60), "openid");

        assertThat(second.version()).isEqualTo(2);
        assertThat(store.find(DEMO_AB).orElseThrow().refreshToken()).isEqualTo("refresh-2");
        assertThat(store.find(DEMO_AB).orElseThrow().accessToken()).isEqualTo("access-2");
    }

    @Test
    void twoCompaniesOfOneUserAreTwoTokenSets() {
        store.save(DEMO_NO, "Demo Norge AS", "a-no", "r-no", expiry, "openid");
        store.save(DEMO_AB, "Demo AB", "a-ab", "r-ab", expiry, "openid");

        assertThat(store.findBySubject("client", "sub-1")).extracting(TokenSet::companyName)
                .containsExactly("Demo AB", "Demo Norge AS");
        assertThat(store.findBySubject("other-client", "sub-1")).isEmpty();
        assertThat(store.find(new TokenSetKey("client", "sub-2", "company-ab"))).isEmpty();
    }

    @Test
    void theTableIsCreatedOnceAndASecondStoreOnTheSameDatabaseUsesIt() {
        store.save(DEMO_AB, "Demo AB", "a", "r", expiry, "openid");

        TokenSetStore other = new TokenSetStore(dataSource, TokenCipher.plaintext(), clock);

        assertThat(other.find(DEMO_AB)).isPresent();
    }

    @Test
    void eightThreadsUsingANewDatabaseAtOnceCreateTheTableOnceWithoutError() throws Exception {
        EmbeddedDataSource shared = Derby.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TokenSet>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                TokenSetKey key = new TokenSetKey("client", "sub-" + i, "company");
                TokenSetStore own = new TokenSetStore(shared, TokenCipher.plaintext(), clock);
                results.add(pool.submit(() -> {
                    go.await();
                    return own.save(key, "Company", "a", "r", expiry, "openid");
                }));
            }
            go.countDown();
            for (Future<TokenSet> result : results) {
                assertThat(result.get().version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(shared)).isEqualTo(8);
    }

    @Test
    void timesRoundTripToTheMillisecondWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            store.save(DEMO_AB, "Demo AB", "a", "r", expiry, "openid");
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));

            assertThat(store.find(DEMO_AB).orElseThrow().accessExpiresAt()).isEqualTo(expiry);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void toStringShowsNoToken() {
        TokenSet saved = store.save(DEMO_AB, "Demo AB", "access-secret", "refresh-secret", expiry, "openid");

        assertThat(saved.toString()).doesNotContain("access-secret", "refresh-secret").contains("Demo AB");
    }

    private static long count(EmbeddedDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM VISMA_TOKEN_SET")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
