package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRedirectTest extends EmulatorTestBase {

    private SignInHarness harness(TestSettings settings) {
        return new SignInHarness(emulator, browser, settings.build());
    }

    private Map<String, String> query(AuthorizationRedirect.Start start) {
        return Browserless.query(start.location());
    }

    @Test
    void sendsCodeFlowWithExactRedirectMandatoryScopesAndPkceS256() {
        AuthorizationRedirect.Start start = harness(TestSettings.forEmulator(emulator)).start(SignInOptions.standard());
        Map<String, String> query = query(start);

        assertThat(start.location().toString()).startsWith(emulator.authorizationEndpoint().toString() + "?");
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", Seed.CLIENT_ID)
                .containsEntry("redirect_uri", Seed.REDIRECT_URI.toString())
                .containsEntry("code_challenge_method", "S256")
                .doesNotContainKeys("prompt", "acr_values");
        assertThat(query.get("scope").split(" ")).startsWith("openid", "offline_access", "ea:api");
        assertThat(query.get("code_challenge"))
                .isEqualTo(CodeChallenge.compute(CodeChallengeMethod.S256, start.pending().verifier()).getValue());
        assertThat(query.get("state")).isEqualTo(start.pending().state().getValue());
        assertThat(query.get("nonce")).isEqualTo(start.pending().nonce().getValue());
    }

    @Test
    void stateAndNonceAreFreshAndCarryAtLeast128Bits() {
        SignInHarness harness = harness(TestSettings.forEmulator(emulator));
        AuthorizationRedirect.Start first = harness.start(SignInOptions.standard());
        AuthorizationRedirect.Start second = harness.start(SignInOptions.standard());

        for (String value : new String[] {query(first).get("state"), query(first).get("nonce")}) {
            assertThat(Base64.getUrlDecoder().decode(value)).hasSizeGreaterThanOrEqualTo(16);
        }
        assertThat(query(second).get("state")).isNotEqualTo(query(first).get("state"));
        assertThat(query(second).get("nonce")).isNotEqualTo(query(first).get("nonce"));
        assertThat(second.pending().verifier().getValue()).isNotEqualTo(first.pending().verifier().getValue());
    }

    @Test
    void signingInAgainSendsPromptLogin() {
        Map<String, String> query = query(harness(TestSettings.forEmulator(emulator)).start(new SignInOptions(true, false)));

        assertThat(query).containsEntry("prompt", "login").doesNotContainKey("acr_values");
    }

    @Test
    void pickingACompanySendsSelectAccountWithThePickersAcr() {
        Map<String, String> query = query(harness(TestSettings.forEmulator(emulator)).start(new SignInOptions(false, true)));

        assertThat(query).containsEntry("prompt", "select_account")
                .containsEntry("acr_values", "service:44643EB1-3F76-4C1C-A672-402AE8085934");
    }

    @Test
    void companySelectionAlwaysShowsThePickerOnEverySignIn() {
        Map<String, String> query = query(harness(TestSettings.forEmulator(emulator)
                .companySelection(CompanySelection.ALWAYS)).start(SignInOptions.standard()));

        assertThat(query).containsEntry("prompt", "select_account")
                .containsEntry("acr_values", AuthorizationRedirect.SELECT_COMPANY.getValue());
    }

    @Test
    void aConfiguredPromptIsSentAndCombinedWithTheRequestedOnes() {
        Map<String, String> query = query(harness(TestSettings.forEmulator(emulator).prompt("consent"))
                .start(new SignInOptions(true, false)));

        assertThat(query.get("prompt").split(" ")).containsExactlyInAnyOrder("consent", "login");
    }

    @Test
    void theEmulatorAcceptsTheRequestAndShowsItsLoginPage() {
        AuthorizationRedirect.Start start = harness(TestSettings.forEmulator(emulator)).start(SignInOptions.standard());

        assertThat(Browserless.location(browser.get(start.location())).getPath()).isEqualTo("/account/login");
    }
}
