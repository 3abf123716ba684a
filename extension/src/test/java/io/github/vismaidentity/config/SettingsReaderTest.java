package io.github.vismaidentity.config;

import static io.github.vismaidentity.config.Configs.KEY;
import static io.github.vismaidentity.config.Configs.KEY_BYTES;
import static io.github.vismaidentity.config.Configs.SECRET;
import static io.github.vismaidentity.config.Configs.ids;
import static io.github.vismaidentity.config.Configs.problems;
import static io.github.vismaidentity.config.Configs.read;
import static io.github.vismaidentity.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.config.VismaIdentitySettings.EndpointOverrides;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Defaults, precedence, reporting every problem at once, and keeping secrets out of messages. */
class SettingsReaderTest {

    @VismaIdentityDefinition(clientId = "annotated-client", issuer = "https://issuer.example.com",
            apiBaseUrl = "https://api.example.com/v2", redirectUri = "https://app.example.com/back",
            scopes = {"ea:sales", "ea:purchase_readonly"}, prompt = "login",
            companySelection = CompanySelection.ALWAYS, clientAuthentication = ClientAuthentication.POST,
            dataSource = "java:app/jdbc/Annotated", callerNameClaim = "email", callerGroups = {"admin", "staff"})
    static final class Annotated {
    }

    @VismaIdentityDefinition
    static final class AllDefaults {
    }

    @VismaIdentityDefinition(issuer = "not a url")
    static final class BadIssuer {
    }

    @VismaIdentityDefinition(dataSource = "", callerNameClaim = "  ")
    static final class BlankNames {
    }

    @Test
    void usesTheDefaultsForEverythingNotSet() {
        VismaIdentitySettings settings = read(valid());

        assertThat(settings.clientId().getValue()).isEqualTo("test-client");
        assertThat(settings.clientSecret().getValue()).isEqualTo(SECRET);
        assertThat(settings.issuer().getValue()).isEqualTo("https://identity.vismaonline.com");
        assertThat(settings.apiBaseUri()).isEqualTo(URI.create("https://eaccountingapi.vismaonline.com/v2/"));
        assertThat(settings.redirectUri()).isEmpty();
        assertThat(settings.scope().toString()).isEqualTo("openid offline_access ea:api");
        assertThat(settings.prompt()).isEmpty();
        assertThat(settings.companySelection()).isEqualTo(CompanySelection.DEFAULT);
        assertThat(settings.clientAuthentication()).isEqualTo(ClientAuthentication.BASIC);
        assertThat(settings.dataSource()).isEqualTo("java:comp/DefaultDataSource");
        assertThat(settings.encryptionKey()).hasValueSatisfying(key -> assertThat(key.bytes()).isEqualTo(KEY_BYTES));
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.defaultExpiresIn()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.refreshSkew()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.rateLimitMaxWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.callerNameClaim()).isEqualTo("sub");
        assertThat(settings.callerGroups()).isEmpty();
        assertThat(settings.endSessionAtVisma()).isFalse();
        assertThat(settings.endpoints()).isEqualTo(EndpointOverrides.none());
        assertThat(SettingsReader.warnings(settings)).isEmpty();
    }

    @Test
    void anAnnotationWithoutAttributesMeansTheDefaults() {
        assertThat(read(AllDefaults.class, valid())).isEqualTo(read(valid()));
    }

    @Test
    void takesTheAnnotationOverTheDefaults() {
        VismaIdentitySettings settings = read(Annotated.class, valid(VismaIdentityDefinition.CLIENT_ID, null));

        assertThat(settings.clientId().getValue()).isEqualTo("annotated-client");
        assertThat(settings.issuer().getValue()).isEqualTo("https://issuer.example.com");
        assertThat(settings.apiBaseUri()).isEqualTo(URI.create("https://api.example.com/v2/"));
        assertThat(settings.redirectUri()).contains(URI.create("https://app.example.com/back"));
        assertThat(settings.scope().toString()).isEqualTo("openid offline_access ea:api ea:sales ea:purchase_readonly");
        assertThat(settings.prompt()).contains("login");
        assertThat(settings.companySelection()).isEqualTo(CompanySelection.ALWAYS);
        assertThat(settings.clientAuthentication()).isEqualTo(ClientAuthentication.POST);
        assertThat(settings.dataSource()).isEqualTo("java:app/jdbc/Annotated");
        assertThat(settings.callerNameClaim()).isEqualTo("email");
        assertThat(settings.callerGroups()).containsExactly("admin", "staff");
    }

    @Test
    void takesMicroProfileConfigOverTheAnnotation() {
        VismaIdentitySettings settings = read(Annotated.class, valid(
                VismaIdentityDefinition.ISSUER, "https://config.example.com",
                VismaIdentityDefinition.API_BASE_URL, "https://api.config.example.com/v2/",
                VismaIdentityDefinition.REDIRECT_URI, "https://app.config.example.com/visma/callback",
                VismaIdentityDefinition.SCOPES, "ea:accounting",
                VismaIdentityDefinition.PROMPT, "consent",
                VismaIdentityDefinition.COMPANY_SELECTION, "default",
                VismaIdentityDefinition.CLIENT_AUTH, "basic",
                VismaIdentityDefinition.DATASOURCE, "java:app/jdbc/Config",
                VismaIdentityDefinition.CALLER_NAME_CLAIM, "preferred_username",
                VismaIdentityDefinition.CALLER_GROUPS, "visma-users"));

        assertThat(settings.clientId().getValue()).isEqualTo("test-client");
        assertThat(settings.issuer().getValue()).isEqualTo("https://config.example.com");
        assertThat(settings.apiBaseUri()).isEqualTo(URI.create("https://api.config.example.com/v2/"));
        assertThat(settings.redirectUri()).contains(URI.create("https://app.config.example.com/visma/callback"));
        assertThat(settings.scope().toString()).isEqualTo("openid offline_access ea:api ea:accounting");
        assertThat(settings.prompt()).contains("consent");
        assertThat(settings.companySelection()).isEqualTo(CompanySelection.DEFAULT);
        assertThat(settings.clientAuthentication()).isEqualTo(ClientAuthentication.BASIC);
        assertThat(settings.dataSource()).isEqualTo("java:app/jdbc/Config");
        assertThat(settings.callerNameClaim()).isEqualTo("preferred_username");
        assertThat(settings.callerGroups()).containsExactly("visma-users");
    }

    @Test
    void takesDurationsAndSwitchesFromMicroProfileConfigOverTheDefaults() {
        VismaIdentitySettings settings = read(Annotated.class, valid(
                VismaIdentityDefinition.CLOCK_SKEW, "PT30S",
                VismaIdentityDefinition.CONNECT_TIMEOUT, "1500",
                VismaIdentityDefinition.READ_TIMEOUT, "PT20S",
                VismaIdentityDefinition.DEFAULT_EXPIRES_IN, "3600",
                VismaIdentityDefinition.END_SESSION_AT_VISMA, "true"));

        assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.defaultExpiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.endSessionAtVisma()).isTrue();
    }

    @Test
    void aBlankValueInMicroProfileConfigDoesNotHideTheAnnotation() {
        VismaIdentitySettings settings = read(Annotated.class, valid(
                VismaIdentityDefinition.CLIENT_ID, "   ",
                VismaIdentityDefinition.ISSUER, "",
                VismaIdentityDefinition.SCOPES, " , ",
                VismaIdentityDefinition.COMPANY_SELECTION, " ",
                VismaIdentityDefinition.CLOCK_SKEW, "  "));

        assertThat(settings.clientId().getValue()).isEqualTo("annotated-client");
        assertThat(settings.issuer().getValue()).isEqualTo("https://issuer.example.com");
        assertThat(settings.scope().toString()).isEqualTo("openid offline_access ea:api ea:sales ea:purchase_readonly");
        assertThat(settings.companySelection()).isEqualTo(CompanySelection.ALWAYS);
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void trimsValues() {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.CLIENT_ID, "  spaced-client \n",
                VismaIdentityDefinition.ENCRYPTION_KEY, KEY + "\n"));

        assertThat(settings.clientId().getValue()).isEqualTo("spaced-client");
        assertThat(settings.encryptionKey()).hasValueSatisfying(key -> assertThat(key.bytes()).isEqualTo(KEY_BYTES));
    }

    @Test
    void reportsEveryProblemTogether() {
        ConfigurationProblems problems = problems(valid(
                VismaIdentityDefinition.CLIENT_ID, null,
                VismaIdentityDefinition.ISSUER, "identity.vismaonline.com",
                VismaIdentityDefinition.SCOPES, "ea:api sales",
                VismaIdentityDefinition.READ_TIMEOUT, "ten seconds"));

        assertThat(problems.ids()).containsExactly("VISMAID1001", "VISMAID1003", "VISMAID1008", "VISMAID1010");
        assertThat(problems.getMessage().lines().skip(1))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).matches("VISMAID1\\d{3}: \\S.*"));
        assertThat(problems.getMessage().lines().findFirst()).contains("The Visma identity configuration has 4 problems:");
    }

    @Test
    void refusesAConfigurationWithoutClientIdAndSaysHowToSetIt() {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.CLIENT_ID, null));

        assertThat(problems.problems()).containsExactly(new ConfigProblem("VISMAID1001", "No client id. Set"
                + " visma.identity.client-id (environment variable VISMA_IDENTITY_CLIENT_ID) to the client id"
                + " Visma gave you, or clientId on @VismaIdentityDefinition."));
    }

    @Test
    void refusesAConfigurationWithoutClientSecret() {
        ConfigurationProblems problems = problems(Annotated.class, valid(VismaIdentityDefinition.CLIENT_SECRET, null));

        assertThat(problems.ids()).containsExactly("VISMAID1002");
        assertThat(problems.getMessage()).contains("visma.identity.client-secret", "VISMA_IDENTITY_CLIENT_SECRET");
    }

    @Test
    void namesTheAnnotationAttributeWhenTheBadValueCameFromThere() {
        ConfigurationProblems problems = problems(BadIssuer.class, valid());

        assertThat(problems.ids()).containsExactly("VISMAID1003");
        assertThat(problems.problems().get(0).message()).startsWith("issuer on @VismaIdentityDefinition (or"
                + " visma.identity.issuer (environment variable VISMA_IDENTITY_ISSUER)) is 'not a url'");
    }

    @Test
    void refusesBlankNamesInTheAnnotationInsteadOfSilentlyUsingTheDefault() {
        ConfigurationProblems problems = problems(BlankNames.class, valid());

        assertThat(problems.ids()).containsExactly("VISMAID1014", "VISMAID1014");
        assertThat(problems.getMessage()).contains("dataSource on @VismaIdentityDefinition is blank",
                "VISMA_IDENTITY_DATASOURCE", "callerNameClaim on @VismaIdentityDefinition is blank",
                "VISMA_IDENTITY_CALLER_NAME_CLAIM");
    }

    @Test
    void aBlankNameInTheAnnotationIsFineWhenMicroProfileConfigSetsIt() {
        VismaIdentitySettings settings = read(BlankNames.class, valid(
                VismaIdentityDefinition.DATASOURCE, "jdbc/Tokens",
                VismaIdentityDefinition.CALLER_NAME_CLAIM, "email"));

        assertThat(settings.dataSource()).isEqualTo("jdbc/Tokens");
        assertThat(settings.callerNameClaim()).isEqualTo("email");
    }

    @Test
    void splitsListsOnSpacesAndCommasAndDropsDuplicateGroups() {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.CALLER_GROUPS,
                "admin, staff  ops,,admin\tstaff"));

        assertThat(settings.callerGroups()).containsExactly("admin", "staff", "ops");
    }

    @Test
    void neverShowsTheSecretOrTheKeyInProblems() {
        String badKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());
        ConfigurationProblems problems = problems(valid(
                VismaIdentityDefinition.CLIENT_ID, null,
                VismaIdentityDefinition.ENCRYPTION_KEY, badKey,
                VismaIdentityDefinition.ISSUER, "http://identity.vismaonline.com"));

        assertThat(problems.ids()).containsExactly("VISMAID1001", "VISMAID1004", "VISMAID1011");
        assertThat(problems.getMessage()).doesNotContain(SECRET, badKey, "sixteen byte key");
        assertThat(problems.problems().toString()).doesNotContain(SECRET, badKey);
    }

    @Test
    void neverShowsAKeyThatIsNotBase64() {
        String notBase64 = "this-is-my-secret-key!!";
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.ENCRYPTION_KEY, notBase64));

        assertThat(problems.ids()).containsExactly("VISMAID1011");
        assertThat(problems.getMessage()).doesNotContain(notBase64, "my-secret");
    }

    @Test
    void neverShowsTheSecretOrTheKeyInTheSettings() {
        String shown = read(valid()).toString();

        assertThat(shown).doesNotContain(SECRET, KEY).contains("encryptionKey=(set)", "test-client");
    }

    @Test
    void asksMicroProfileConfigForEveryDocumentedKeyAndNothingElse() throws IllegalAccessException {
        Set<String> documented = new HashSet<>();
        for (Field field : VismaIdentityDefinition.class.getFields()) {
            if (field.get(null) instanceof String value && value.startsWith("visma.identity.")) {
                documented.add(value);
            }
        }
        Set<String> asked = new HashSet<>();
        Map<String, String> config = valid();

        SettingsReader.read(null, key -> {
            asked.add(key);
            return Optional.ofNullable(config.get(key));
        });

        assertThat(documented).hasSize(27);
        assertThat(asked).isEqualTo(documented);
    }

    @Test
    void leavesEnvironmentVariableNamesToMicroProfileConfig() {
        // MicroProfile Config finds VISMA_IDENTITY_CLIENT_ID when asked for visma.identity.client-id; the
        // reader must not guess such names itself, or it would read what MicroProfile Config deliberately hides.
        List<String> ids = ids(valid(VismaIdentityDefinition.CLIENT_ID, null, "VISMA_IDENTITY_CLIENT_ID", "env"));

        assertThat(ids).containsExactly("VISMAID1001");
    }

    @Test
    void mapsEachKeyToTheEnvironmentVariableMicroProfileConfigReads() {
        assertThat(Problems.environmentVariable("visma.identity.end-session-at-visma"))
                .isEqualTo("VISMA_IDENTITY_END_SESSION_AT_VISMA");
        assertThat(Problems.environmentVariable(VismaIdentityDefinition.JWKS_URI)).isEqualTo("VISMA_IDENTITY_JWKS_URI");
    }
}
