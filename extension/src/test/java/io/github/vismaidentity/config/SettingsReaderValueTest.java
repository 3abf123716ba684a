package io.github.vismaidentity.config;

import static io.github.vismaidentity.config.Configs.ids;
import static io.github.vismaidentity.config.Configs.keyBytes;
import static io.github.vismaidentity.config.Configs.problems;
import static io.github.vismaidentity.config.Configs.read;
import static io.github.vismaidentity.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scopes, words, durations, the encryption key and the prompt. */
class SettingsReaderValueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ea:sales_readonly                              | openid offline_access ea:api ea:sales_readonly",
        "ea:accounting,ea:sales  vls:api                | openid offline_access ea:api ea:accounting ea:sales vls:api",
        "ea:api offline_access openid ea:purchase       | openid offline_access ea:api ea:purchase",
        "ea:sales ea:sales, ea:sales_readonly ea:sales  | openid offline_access ea:api ea:sales ea:sales_readonly",
        "profile email ea:purchase_readonly             | openid offline_access ea:api profile email ea:purchase_readonly",
        "ea:accounting_readonly                         | openid offline_access ea:api ea:accounting_readonly",
    })
    void putsTheMandatoryScopesFirstAndEachScopeOnce(String configured, String expected) {
        assertThat(read(valid(VismaIdentityDefinition.SCOPES, configured)).scope().toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ea:everything", "EA:SALES", "offline", "ea:sales:readonly", "vls:payroll"})
    void refusesUnknownScopesListingTheKnownOnes(String scope) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.SCOPES, "ea:sales " + scope));

        assertThat(problems.ids()).containsExactly("VISMAID1007");
        assertThat(problems.getMessage()).contains("'" + scope + "'", "VISMA_IDENTITY_SCOPES",
                "Known scopes: openid, offline_access, profile, email, ea:api, ea:sales, ea:sales_readonly,"
                        + " ea:purchase, ea:purchase_readonly, ea:accounting, ea:accounting_readonly, vls:api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales", "sales_readonly", "purchase", "purchase_readonly", "accounting",
        "accounting_readonly", "api"})
    void refusesTheOldServersScopeNamesSuggestingTheNewOne(String scope) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.SCOPES, scope));

        assertThat(problems.ids()).containsExactly("VISMAID1008");
        assertThat(problems.getMessage()).contains("did you mean ea:" + scope + "?",
                "refused by Visma's identity server", "visma.identity.scopes");
    }

    @Test
    void reportsEachBadScope() {
        assertThat(ids(valid(VismaIdentityDefinition.SCOPES, "sales nonsense purchase")))
                .containsExactly("VISMAID1008", "VISMAID1007", "VISMAID1008");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.company-selection   | sometimes     | default or always",
        "visma.identity.company-selection   | force         | default or always",
        "visma.identity.client-auth         | jwt           | basic or post",
        "visma.identity.client-auth         | client_secret_jwt | basic or post",
        "visma.identity.end-session-at-visma | maybe        | true or false",
    })
    void refusesUnknownWords(String key, String value, String accepted) {
        ConfigurationProblems problems = problems(valid(key, value));

        assertThat(problems.ids()).containsExactly("VISMAID1009");
        assertThat(problems.getMessage()).contains(key, Problems.environmentVariable(key), accepted);
    }

    @Test
    void acceptsWordsInAnyCase() {
        VismaIdentitySettings settings = read(valid(
                VismaIdentityDefinition.COMPANY_SELECTION, "ALWAYS",
                VismaIdentityDefinition.CLIENT_AUTH, "Post",
                VismaIdentityDefinition.END_SESSION_AT_VISMA, "TRUE"));

        assertThat(settings.companySelection()).isEqualTo(CompanySelection.ALWAYS);
        assertThat(settings.clientAuthentication()).isEqualTo(ClientAuthentication.POST);
        assertThat(settings.endSessionAtVisma()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"true, true", "yes, true", "on, true", "1, true", "false, false", "no, false", "off, false",
        "0, false"})
    void readsTheSignOutSwitchAsMicroProfileConfigWould(String value, boolean expected) {
        assertThat(read(valid(VismaIdentityDefinition.END_SESSION_AT_VISMA, value)).endSessionAtVisma())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.clock-skew         | 0       | PT0S",
        "visma.identity.clock-skew         | 45      | PT45S",
        "visma.identity.clock-skew         | PT5M    | PT5M",
        "visma.identity.clock-skew         | pt2m    | PT2M",
        "visma.identity.connect-timeout    | 1       | PT0.001S",
        "visma.identity.connect-timeout    | 2500    | PT2.5S",
        "visma.identity.connect-timeout    | PT2M    | PT2M",
        "visma.identity.read-timeout       | PT30S   | PT30S",
        "visma.identity.read-timeout       | 120000  | PT2M",
        "visma.identity.default-expires-in | 1       | PT1S",
        "visma.identity.default-expires-in | 3600    | PT1H",
        "visma.identity.default-expires-in | PT24H   | PT24H",
        "visma.identity.refresh-skew       | 0       | PT0S",
        "visma.identity.refresh-skew       | 90      | PT1M30S",
        "visma.identity.refresh-skew       | PT10M   | PT10M",
        "visma.identity.rate-limit-max-wait | 0      | PT0S",
        "visma.identity.rate-limit-max-wait | 45     | PT45S",
        "visma.identity.rate-limit-max-wait | PT2M   | PT2M",
    })
    void readsDurationsAsIsoOrAsAPlainNumberInTheSettingsUnit(String key, String value, String expected) {
        VismaIdentitySettings settings = read(valid(key, value));

        Duration read = switch (key) {
            case VismaIdentityDefinition.CLOCK_SKEW -> settings.clockSkew();
            case VismaIdentityDefinition.CONNECT_TIMEOUT -> settings.connectTimeout();
            case VismaIdentityDefinition.READ_TIMEOUT -> settings.readTimeout();
            case VismaIdentityDefinition.REFRESH_SKEW -> settings.refreshSkew();
            case VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT -> settings.rateLimitMaxWait();
            default -> settings.defaultExpiresIn();
        };
        assertThat(read).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.clock-skew         | sixty   | seconds",
        "visma.identity.clock-skew         | 1.5     | seconds",
        "visma.identity.clock-skew         | -1      | 0 to 5 minutes",
        "visma.identity.clock-skew         | PT-1S   | 0 to 5 minutes",
        "visma.identity.clock-skew         | 301     | 0 to 5 minutes",
        "visma.identity.clock-skew         | PT1H    | 0 to 5 minutes",
        "visma.identity.refresh-skew       | 601     | 0 to 10 minutes",
        "visma.identity.refresh-skew       | soon    | seconds",
        "visma.identity.rate-limit-max-wait | 121    | 0 to 2 minutes",
        "visma.identity.rate-limit-max-wait | PT-1S  | 0 to 2 minutes",
        "visma.identity.rate-limit-max-wait | 10s    | seconds",
        "visma.identity.connect-timeout    | 0       | milliseconds",
        "visma.identity.connect-timeout    | PT0S    | 1 millisecond to 2 minutes",
        "visma.identity.connect-timeout    | 5s      | milliseconds",
        "visma.identity.connect-timeout    | 120001  | 1 millisecond to 2 minutes",
        "visma.identity.read-timeout       | -10     | milliseconds",
        "visma.identity.read-timeout       | PT3M    | 1 millisecond to 2 minutes",
        "visma.identity.read-timeout       | 99999999999999999999 | milliseconds",
        "visma.identity.default-expires-in | 0       | 1 second to 24 hours",
        "visma.identity.default-expires-in | P2D     | 1 second to 24 hours",
        "visma.identity.default-expires-in | 86401   | seconds",
        "visma.identity.default-expires-in | 1h      | seconds",
    })
    void refusesBadDurationsNamingTheUnitAndTheRange(String key, String value, String explained) {
        ConfigurationProblems problems = problems(valid(key, value));

        assertThat(problems.ids()).containsExactly("VISMAID1010");
        assertThat(problems.getMessage()).contains(key, Problems.environmentVariable(key), "'" + value + "'",
                explained);
    }

    @Test
    void saysThatAPlainTimeoutCountsMilliseconds() {
        assertThat(problems(valid(VismaIdentityDefinition.CONNECT_TIMEOUT, "300000")).getMessage())
                .contains("A plain number counts milliseconds");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void refusesAKeyThatIsNot32Bytes(int length) {
        String key = Base64.getEncoder().encodeToString(keyBytes(length));
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.ENCRYPTION_KEY,
                length == 0 ? "====" : key));

        assertThat(problems.ids()).containsExactly("VISMAID1011");
        assertThat(problems.getMessage()).contains("VISMA_IDENTITY_ENCRYPTION_KEY", "openssl rand -base64 32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all", "%%%%", "AAAA$AAA"})
    void refusesAKeyThatIsNotBase64(String key) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.ENCRYPTION_KEY, key));

        assertThat(problems.ids()).containsExactly("VISMAID1011");
        assertThat(problems.getMessage()).contains("not valid Base64", "openssl rand -base64 32");
    }

    @Test
    void readsThePreviousKeysOfARotationInOrder() {
        String first = Base64.getEncoder().encodeToString(keyBytes(32));
        byte[] secondBytes = keyBytes(32);
        secondBytes[0] ^= 1;
        String second = Base64.getEncoder().encodeToString(secondBytes);

        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.PREVIOUS_ENCRYPTION_KEYS, first + ", " + second));

        assertThat(settings.previousEncryptionKeys()).extracting(EncryptionKey::bytes)
                .containsExactly(keyBytes(32), secondBytes);
        assertThat(settings.toString()).doesNotContain(first, second);
    }

    @Test
    void refusesABadPreviousKeyNamingWhichEntry() {
        String good = Base64.getEncoder().encodeToString(keyBytes(32));
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.PREVIOUS_ENCRYPTION_KEYS,
                good + "," + Base64.getEncoder().encodeToString(keyBytes(16))));

        assertThat(problems.ids()).containsExactly("VISMAID1011");
        assertThat(problems.getMessage()).contains("entry 2 of", "VISMA_IDENTITY_PREVIOUS_ENCRYPTION_KEYS")
                .doesNotContain(good);
    }

    @Test
    void acceptsAKeyInTheUrlSafeAlphabet() {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) 0xFB); // Base64 "+/", URL-safe "-_"
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThat(read(valid(VismaIdentityDefinition.ENCRYPTION_KEY, urlSafe)).encryptionKey())
                .hasValueSatisfying(key -> assertThat(key.bytes()).isEqualTo(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://identity.vismaonline.com", "https://issuer.example.com",
        "http://localhost.example.com"})
    void requiresAnEncryptionKeyWhenTheIssuerIsAnotherMachine(String issuer) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.ISSUER, issuer,
                VismaIdentityDefinition.ENCRYPTION_KEY, null));

        assertThat(problems.ids()).contains("VISMAID1012");
        assertThat(problems.getMessage()).contains("plaintext", "visma.identity.encryption-key",
                "VISMA_IDENTITY_ENCRYPTION_KEY", "openssl rand -base64 32");
    }

    @Test
    void requiresAnEncryptionKeyWhenTheIssuerIsMalformed() {
        assertThat(ids(valid(VismaIdentityDefinition.ISSUER, "localhost:8080",
                VismaIdentityDefinition.ENCRYPTION_KEY, null))).containsExactly("VISMAID1003", "VISMAID1012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:9090/issuer", "https://[::1]:8443"})
    void onlyWarnsAboutAMissingKeyWhenTheIssuerIsOnThisMachine(String issuer) {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.ISSUER, issuer,
                VismaIdentityDefinition.ENCRYPTION_KEY, null));

        assertThat(settings.encryptionKey()).isEmpty();
        List<ConfigProblem> warnings = SettingsReader.warnings(settings);
        assertThat(warnings).extracting(ConfigProblem::id).containsExactly("VISMAID1101");
        assertThat(warnings.get(0).message()).contains("plaintext", issuer, "VISMA_IDENTITY_ENCRYPTION_KEY");
    }

    @Test
    void doesNotWarnWhenAKeyIsSetForAnIssuerOnThisMachine() {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.ISSUER, "http://localhost:8080"));

        assertThat(SettingsReader.warnings(settings)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "login                | login",
        "select_account       | select_account",
        "none                 | none",
        "login consent        | login consent",
        "LOGIN,consent login  | login consent",
    })
    void acceptsPromptValuesAndCombinations(String configured, String expected) {
        assertThat(read(valid(VismaIdentityDefinition.PROMPT, configured)).prompt()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"always", "login create", "none login", "consent none", "select-account"})
    void refusesPromptValuesTheIdentityServerWouldRefuse(String prompt) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.PROMPT, prompt));

        assertThat(problems.ids()).containsExactly("VISMAID1013");
        assertThat(problems.getMessage()).contains("VISMA_IDENTITY_PROMPT", "none, login, consent, select_account");
    }
}
