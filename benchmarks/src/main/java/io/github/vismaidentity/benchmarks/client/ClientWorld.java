package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.benchmarks.BenchmarkWiring;
import io.github.vismaidentity.benchmarks.StormSignIns;
import io.github.vismaidentity.benchmarks.databases.BenchDatabase;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.refresh.RefreshingTokens;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetStore;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the client part runs against: the emulator in this JVM, at Visma's own rate limit, with one user who owns
 * two companies (one with {@code customers} customers to stream, one to import into), both connected by real
 * sign-ins through the extension's sign-in path, their token sets in an in-memory Derby store, and
 * {@link VismaTokens} over them as a background job gets it: no request, tokens by company.
 */
final class ClientWorld implements AutoCloseable {

    /** Visma's limit, which the emulator enforces here: 600 calls a minute per client and endpoint. */
    static final int VISMA_CALLS_PER_MINUTE = 600;

    static final String STREAMED = "Client Bench Streaming AB";
    static final String IMPORTED = "Client Bench Import AB";
    private static final String USERNAME = "client-bench";
    private static final String PASSWORD = "client-bench";
    /** The scopes the two parts need: {@code ea:sales} lists and creates customers, lists terms of payment. */
    private static final String SCOPE = "openid offline_access ea:api ea:sales";

    final VismaEmulator emulator;
    /**
     * The JDK's HTTP client for calls beside the eAccounting client, one for the whole run: a client left behind
     * keeps its buffers until it is collected, and would move the heap readings taken meanwhile.
     */
    final HttpClient plainHttp = HttpClient.newHttpClient();
    final VismaTokens tokens;
    final String streamedCompanyId;
    final String importedCompanyId;
    private final BenchDatabase database;

    private ClientWorld(VismaEmulator emulator, BenchDatabase database, VismaTokens tokens, String streamedCompanyId,
                        String importedCompanyId) {
        this.emulator = emulator;
        this.database = database;
        this.tokens = tokens;
        this.streamedCompanyId = streamedCompanyId;
        this.importedCompanyId = importedCompanyId;
    }

    static ClientWorld start(int customers) {
        Company streamed = Company.named(STREAMED, "SE", customers);
        Company imported = Company.named(IMPORTED, "SE", 0);
        VismaEmulator emulator = VismaEmulator.builder()
                .users(List.of(User.of(USERNAME, PASSWORD, "Client Bench", List.of(streamed, imported))))
                .rateLimitPerMinute(VISMA_CALLS_PER_MINUTE).admin(false).playground(false).start();
        BenchDatabase database = BenchDatabase.derbyInMemory("client");
        try {
            Clock clock = Clock.systemUTC();
            VismaIdentitySettings settings = BenchmarkWiring.settings(Seed.CLIENT_ID, Seed.CLIENT_SECRET,
                    emulator.issuer(), emulator.apiBaseUri(), Optional.of(Seed.REDIRECT_URI), SCOPE);
            TokenSetStore store = new TokenSetStore(database.dataSource(), TokenCipher.plaintext(), clock);
            StormSignIns signIns = new StormSignIns(emulator, settings, clock);
            Browserless browser = new Browserless();
            for (Company company : List.of(streamed, imported)) {
                StormSignIns.store(signIns.signIn(USERNAME, PASSWORD, company.name(), browser), store);
            }
            TokenRefresher refresher = BenchmarkWiring.refresher(settings, database.dataSource(), store, clock);
            VismaTokens tokens = new RefreshingTokens(Seed.CLIENT_ID, () -> refresher, () -> store);
            return new ClientWorld(emulator, database, tokens, streamed.id(), imported.id());
        } catch (RuntimeException e) {
            database.close();
            emulator.close();
            throw e;
        }
    }

    @Override
    public void close() {
        database.close();
        emulator.close();
    }
}
