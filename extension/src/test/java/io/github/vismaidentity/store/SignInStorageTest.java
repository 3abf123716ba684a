package io.github.vismaidentity.store;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.mechanism.SignInCompletion;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-ins against the emulator, stored in Derby: what a good one stores and a refused one does not. */
class SignInStorageTest extends EmulatorTestBase {

    private final DataSource dataSource = TestDatabase.current().fresh();
    private TokenSetStore store;
    private SignInHarness harness;

    @BeforeEach
    void wire() {
        byte[] bytes = new byte[EncryptionKey.LENGTH];
        Arrays.fill(bytes, (byte) 7);
        EncryptionKey key = EncryptionKey.of(bytes);
        store = new TokenSetStore(dataSource, TokenCipher.with(key), new MutableClock());
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).encryptionKey(key).build(),
                signedIn -> store.save(new TokenSetKey("demo-client", signedIn.claims().getSubject().getValue(),
                                signedIn.company().id()), signedIn.company().name(), signedIn.tokens().accessToken(),
                        signedIn.tokens().refreshToken(), signedIn.tokens().accessExpiresAt(),
                        signedIn.tokens().scope().toString()));
    }

    @Test
    void signingInToTwoCompaniesStoresTwoTokenSetsWithTheTokensVismaGave() {
        VismaCallerPrincipal ab = harness.signIn("demo", "Demo AB", new SignInOptions(false, true));
        harness.signIn("demo", "Demo Norge AS", new SignInOptions(true, true));

        assertThat(store.findBySubject("demo-client", ab.getSubject()))
                .extracting(TokenSet::companyName).containsExactly("Demo AB", "Demo Norge AS");
        TokenSet stored = store.find(new TokenSetKey("demo-client", ab.getSubject(), ab.getCompanyId())).orElseThrow();
        assertThat(stored.refreshToken()).isEqualTo(harness.saved.get(0).tokens().refreshToken());
        assertThat(stored.accessToken()).isEqualTo(harness.saved.get(0).tokens().accessToken());
        assertThat(stored.status()).isEqualTo(TokenSetStatus.ACTIVE);
    }

    @Test
    void aRefusedIdTokenStoresNothing() {
        emulator.control().useIdTokenDefect(IdTokenDefect.ALG_NONE);
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");

        assertThatThrownBy(() -> harness.completion.complete(callback, Optional.of(start.pending())))
                .isInstanceOf(SignInFailure.class);

        assertThat(store.findBySubject("demo-client", demoSubject())).isEmpty();
    }

    @Test
    void aDatabaseThatCannotSaveEndsTheSignInWithAClearTransientFailure() {
        EmbeddedDataSource missing = Derby.named("memory:never-created-" + System.nanoTime());
        missing.setCreateDatabase(null);
        TokenSetStore broken = new TokenSetStore(missing, TokenCipher.plaintext(), new MutableClock());
        SignInHarness failing = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build(),
                signedIn -> broken.save(new TokenSetKey("demo-client", "s", "c"), "", "a", "r",
                        signedIn.tokens().accessExpiresAt(), "openid"));

        assertThatThrownBy(() -> failing.signIn("demo", "Demo AB", SignInOptions.standard()))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> {
                    assertThat(failure.id()).isEqualTo(SignInCompletion.NOT_SAVED);
                    assertThat(failure.status()).isEqualTo(503);
                    assertThat(failure.getMessage()).contains(TokenStoreException.SCHEMA);
                });
    }

    private String demoSubject() {
        return Seed.users().stream()
                .filter(user -> user.username().equals("demo")).findFirst().orElseThrow().subject();
    }
}
