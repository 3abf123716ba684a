package io.github.vismaidentity.emulator;

import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuedSecretsTest extends EmulatorTestBase {

    private Map<String, Object> signInAndRedeem(SignIn signIn, String code) {
        return tokens(calls.redeem(code, signIn.verifier().getValue()));
    }

    @Test
    void nothingIsKeptUntilRecordingIsSwitchedOn() {
        SignIn signIn = new SignIn(emulator, new Browserless());
        signInAndRedeem(signIn, signIn.complete("demo", "demo", "Demo AB").get("code"));

        assertThat(emulator.control().issuedSecrets()).isEmpty();
    }

    @Test
    void whileRecordingEveryCodeAndTokenHandedOutIsKeptInOrder() {
        emulator.control().recordIssuedSecrets();
        SignIn signIn = new SignIn(emulator, new Browserless());
        String code = signIn.complete("demo", "demo", "Demo AB").get("code");
        Map<String, Object> first = signInAndRedeem(signIn, code);
        Map<String, Object> second = tokens(calls.refresh((String) first.get("refresh_token")));

        assertThat(emulator.control().issuedSecrets()).containsExactly(code,
                (String) first.get("access_token"), (String) first.get("refresh_token"), (String) first.get("id_token"),
                (String) second.get("access_token"), (String) second.get("refresh_token"),
                (String) second.get("id_token"));
    }
}
