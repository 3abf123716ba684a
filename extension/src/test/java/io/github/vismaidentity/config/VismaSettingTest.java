package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enum is the one list of settings: it must agree with the public API it was taken from. */
class VismaSettingTest {

    @Test
    void everyKeyConstantOfTheAnnotationHasItsSetting() throws IllegalAccessException {
        Set<String> keys = Arrays.stream(VismaSetting.values()).map(VismaSetting::key).collect(Collectors.toSet());

        for (Field field : VismaIdentityDefinition.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && ((String) field.get(null)).startsWith(VismaSetting.PREFIX)) {
                assertThat(keys).as("a VismaSetting for %s", field.getName()).contains((String) field.get(null));
            }
        }
    }

    @Test
    void eachKeyIsTheAnnotationsConstantOfTheSameName() throws ReflectiveOperationException {
        for (VismaSetting setting : VismaSetting.values()) {
            assertThat(VismaIdentityDefinition.class.getField(setting.name()).get(null)).isEqualTo(setting.key());
        }
    }

    @Test
    void everyAttributeNamedExistsOnTheAnnotationAndEveryAttributeHasItsSetting() {
        Set<String> named = Arrays.stream(VismaSetting.values()).flatMap(setting -> setting.attribute().stream())
                .collect(Collectors.toSet());
        Set<String> declared = Arrays.stream(VismaIdentityDefinition.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());

        assertThat(declared).containsAll(named);
        assertThat(named).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void secretsHaveNoAttribute() {
        assertThat(VismaSetting.values()).filteredOn(VismaSetting::secret).isNotEmpty()
                .allSatisfy(secret -> assertThat(secret.attribute()).isEmpty())
                .extracting(VismaSetting::key).contains(VismaIdentityDefinition.CLIENT_SECRET,
                        VismaIdentityDefinition.ENCRYPTION_KEY);
    }

    @Test
    void theEnvironmentVariableIsTheKeyInUpperCaseWithUnderscores() {
        assertThat(VismaSetting.CLIENT_ID.environmentVariable()).isEqualTo("VISMA_IDENTITY_CLIENT_ID");
        assertThat(VismaSetting.PREVIOUS_ENCRYPTION_KEYS.environmentVariable())
                .isEqualTo("VISMA_IDENTITY_PREVIOUS_ENCRYPTION_KEYS");
        assertThat(VismaSetting.PROMPT.shortKey()).isEqualTo("prompt");
    }

    @Test
    void theDefaultShownIsTheAnnotationsDefaultWhereTheAttributeHasOne() {
        for (VismaSetting setting : VismaSetting.values()) {
            setting.attribute().map(name -> setting.attributeMethod().getDefaultValue())
                    .filter(value -> value instanceof String text && !text.isEmpty())
                    .ifPresent(value -> assertThat(setting.defaultValue()).isEqualTo("`" + value + "`"));
        }
    }

    @Test
    void theDefaultsShownAreTheOnesTheReaderUses() {
        VismaIdentitySettings settings = Configs.read(Configs.valid());
        Map<VismaSetting, Function<VismaIdentitySettings, Object>> read = Map.of(
                VismaSetting.ISSUER, VismaIdentitySettings::issuer,
                VismaSetting.API_BASE_URL, VismaIdentitySettings::apiBaseUri,
                VismaSetting.COMPANY_SELECTION, s -> s.companySelection().name().toLowerCase(),
                VismaSetting.CLIENT_AUTH, s -> s.clientAuthentication().name().toLowerCase(),
                VismaSetting.CREATE_TABLE, VismaIdentitySettings::createTable,
                VismaSetting.END_SESSION_AT_VISMA, VismaIdentitySettings::endSessionAtVisma,
                VismaSetting.CLOCK_SKEW, VismaIdentitySettings::clockSkew,
                VismaSetting.CONNECT_TIMEOUT, VismaIdentitySettings::connectTimeout,
                VismaSetting.REFRESH_SKEW, VismaIdentitySettings::refreshSkew,
                VismaSetting.RATE_LIMIT_MAX_WAIT, VismaIdentitySettings::rateLimitMaxWait);

        read.forEach((setting, value) -> assertThat(setting.defaultValue()).as(setting.key())
                .isEqualTo("`" + value.apply(settings) + "`"));
        assertThat(VismaSetting.READ_TIMEOUT.defaultValue()).isEqualTo("`" + settings.readTimeout() + "`");
        assertThat(VismaSetting.DEFAULT_EXPIRES_IN.defaultValue()).isEqualTo("`" + settings.defaultExpiresIn() + "`");
    }

    @Test
    void aDurationsRangeIsItsRulesOwnWords() {
        assertThat(VismaSetting.CLOCK_SKEW.range()).isEqualTo(VismaSetting.CLOCK_SKEW.duration().orElseThrow().range());
        assertThat(VismaSetting.CONNECT_TIMEOUT.type()).endsWith("milliseconds");
        assertThat(VismaSetting.CLIENT_ID.duration()).isEmpty();
    }
}
