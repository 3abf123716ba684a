package io.github.vismaidentity.eaccounting.support;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' token service: a real sign-in at the emulator, its granted scope, a real refresh. */
class EmulatorTokensTest extends EmulatorTestBase {

    @Test
    void handsOutTheSignedInTokenWithTheScopeTheEmulatorGranted() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser, "openid offline_access ea:api");

        VismaAccessToken token = tokens.forCompany(EmulatorTokens.DEMO_AB.id());

        assertThat(token.scopes()).contains("ea:api").doesNotContain("ea:sales");
        assertThat(token.subject()).isEqualTo(EmulatorTokens.DEMO.subject());
        assertThat(calls.api("/v2/users", token.value()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRejectedTokenIsReplacedByOneRefreshAndLaterReportsOfItSpendNothing() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser);
        VismaAccessToken first = tokens.forUser(tokens.subject(), tokens.companyId());

        VismaAccessToken second = tokens.replaceRejected(first);
        VismaAccessToken again = tokens.replaceRejected(first);

        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(again.value()).isEqualTo(second.value());
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
        assertThat(tokens.refreshes()).isEqualTo(1);
    }

    @Test
    void anotherCompanyIsNotConnected() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser);

        assertThatThrownBy(() -> tokens.forCompany("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(VismaReauthenticationRequiredException.class);
    }
}
