package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static io.github.vismaidentity.VismaIdentityDefinition.CLIENT_ID;
import static io.github.vismaidentity.VismaIdentityDefinition.ERROR_PATH;
import static io.github.vismaidentity.config.Configs.problems;
import static io.github.vismaidentity.config.Configs.read;
import static io.github.vismaidentity.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code visma.identity.error-path}: a path within the application, or the built-in page when not set. */
class ErrorPathSettingTest {

    @VismaIdentityDefinition(clientId = Configs.CLIENT_ID, errorPath = "/from-annotation")
    static class Annotated {
    }

    @Test
    void notSetMeansTheBuiltInPage() {
        assertThat(read(valid()).errorPath()).isEmpty();
        assertThat(read(valid(ERROR_PATH, "   ")).errorPath()).isEmpty();
    }

    @Test
    void aPathWithinTheApplicationIsTakenAsWritten() {
        assertThat(read(valid(ERROR_PATH, " /errors/visma.jsp ")).errorPath()).contains("/errors/visma.jsp");
    }

    @Test
    void theAnnotationSetsItAndMicroProfileConfigWins() {
        assertThat(read(Annotated.class, valid(CLIENT_ID, null)).errorPath()).contains("/from-annotation");
        assertThat(read(Annotated.class, valid(ERROR_PATH, "/from-config")).errorPath()).contains("/from-config");
    }

    @ParameterizedTest
    @CsvSource({
            "visma-error, VISMAID1120",
            "https://evil.example/error, VISMAID1120",
            "//evil.example/error, VISMAID1120",
            "\\\\evil.example\\error, VISMAID1120",
            "/errors/../WEB-INF/secret.jsp, VISMAID1121",
            "/./error, VISMAID1121",
            "/errors/%2e%2e/WEB-INF, VISMAID1121",
            "/error?kind=visma, VISMAID1122",
            "/error#top, VISMAID1122",
            "/visma/signin, VISMAID1123",
            "/visma, VISMAID1123"})
    void aValueThatIsNotAPageOfTheApplicationIsAProblemSayingWhatToWrite(String value, String id) {
        ConfigurationProblems problems = problems(valid(ERROR_PATH, value));

        assertThat(problems.ids()).containsExactly(id);
        assertThat(problems.getMessage()).contains(ERROR_PATH, "VISMA_IDENTITY_ERROR_PATH", "'" + value + "'")
                .containsAnyOf("such as /visma-error", "such as /error");
    }

    @Test
    void aBadErrorPathIsReportedTogetherWithTheOtherProblems() {
        assertThat(problems(valid(ERROR_PATH, "error", CLIENT_ID, null)).ids())
                .containsExactlyInAnyOrder(Problems.NO_CLIENT_ID, Problems.ERROR_PATH_NOT_IN_APP);
    }

    @Test
    void theSettingsShowTheErrorPath() {
        assertThat(read(valid(ERROR_PATH, "/oops")).toString()).contains("errorPath=/oops");
        assertThat(read(valid()).withErrorPath(Optional.of("/x")).errorPath()).contains("/x");
    }
}
