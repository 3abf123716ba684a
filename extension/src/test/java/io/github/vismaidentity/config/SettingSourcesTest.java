package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VISMAID1130 against a real MicroProfile Config (SmallRye) with the kinds of source a server has. */
class SettingSourcesTest {

    private static final String FILE = "microprofile-config.properties";
    private static final String SYSTEM_PROPERTY_VALUE = "https://sysprop.example.com/v2/";
    private static final String ANNOTATION_SCOPE = "ea:sales_readonly";

    @VismaIdentityDefinition(clientId = "annotated-client", scopes = ANNOTATION_SCOPE, callerNameClaim = "email")
    static class Annotated {
    }

    @AfterEach
    void clearSystemProperty() {
        System.clearProperty(VismaIdentityDefinition.API_BASE_URL);
    }

    @Test
    void namesTheSourceOfEachSettingThatIsSetAndListsTheRestAsDefaults() {
        String line = describe();

        assertThat(line).startsWith(SettingSources.ID + ": ")
                .contains("client-id, issuer from PropertiesConfigSource[source=" + FILE + "]")
                .contains("client-secret, encryption-key from EnvConfigSource")
                .contains("api-base-url from SysPropConfigSource")
                .contains("scopes, caller-name-claim from @VismaIdentityDefinition")
                .contains("; defaults: redirect-uri, prompt, ")
                .endsWith("end-session-endpoint.");
    }

    @Test
    void showsNoValueNeitherTheSecretNorTheKeyNorAnyOther() {
        String line = describe();

        assertThat(line).doesNotContain(Configs.SECRET, Configs.KEY, "file-client", "http://localhost:9090",
                SYSTEM_PROPERTY_VALUE, ANNOTATION_SCOPE, "annotated-client", "email");
    }

    @Test
    void aBlankValueCountsAsNotSetSoTheAnnotationsValueIsNamed() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of(VismaIdentityDefinition.CLIENT_ID, " "), FILE, 100)).build();

        assertThat(SettingSources.describe(Annotated.class.getAnnotation(VismaIdentityDefinition.class), config))
                .contains("client-id, scopes, caller-name-claim from @VismaIdentityDefinition");
    }

    @Test
    void anAttributeLeftAtItsDeclaredDefaultCountsAsADefault() {
        String line = describe();

        assertThat(line.substring(line.indexOf("; defaults: "))).contains("company-selection", "client-auth",
                "datasource");
    }

    @Test
    void withNothingSetEverySettingIsADefault() {
        String line = SettingSources.describe(null, new SmallRyeConfigBuilder().build());

        assertThat(line).contains("none set; defaults: client-id, client-secret, issuer, ");
        for (VismaSetting setting : VismaSetting.values()) {
            assertThat(line).contains(setting.shortKey());
        }
    }

    private static String describe() {
        System.setProperty(VismaIdentityDefinition.API_BASE_URL, SYSTEM_PROPERTY_VALUE);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addSystemSources()
                .withSources(new PropertiesConfigSource(Map.of(
                        VismaIdentityDefinition.CLIENT_ID, "file-client",
                        VismaIdentityDefinition.ISSUER, "http://localhost:9090",
                        VismaIdentityDefinition.API_BASE_URL, "http://localhost:9090/v2/"), FILE, 100))
                .withSources(new EnvConfigSource(Map.of(
                        VismaSetting.CLIENT_SECRET.environmentVariable(), Configs.SECRET,
                        VismaSetting.ENCRYPTION_KEY.environmentVariable(), Configs.KEY), 300))
                .build();
        return SettingSources.describe(Annotated.class.getAnnotation(VismaIdentityDefinition.class), config);
    }
}
