package io.github.vismaidentity.config;

import org.junit.jupiter.api.Test;

import static io.github.vismaidentity.VismaIdentityDefinition.CREATE_TABLE;
import static io.github.vismaidentity.config.Configs.problems;
import static io.github.vismaidentity.config.Configs.read;
import static io.github.vismaidentity.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code visma.identity.create-table}: on unless set to false; another word is a deployment problem. */
class CreateTableSettingTest {

    @Test
    void tablesAreCreatedUnlessTheSettingSaysFalse() {
        assertThat(read(valid()).createTable()).isTrue();
        assertThat(read(valid(CREATE_TABLE, "true")).createTable()).isTrue();
        assertThat(read(valid(CREATE_TABLE, "false")).createTable()).isFalse();
        assertThat(read(valid(CREATE_TABLE, "NO")).createTable()).isFalse();
    }

    @Test
    void aWordThatIsNeitherTrueNorFalseIsAProblemNamingTheSettingAndItsDefault() {
        assertThat(problems(valid(CREATE_TABLE, "maybe")).getMessage())
                .contains(Problems.UNKNOWN_CHOICE)
                .contains("visma.identity.create-table")
                .contains("VISMA_IDENTITY_CREATE_TABLE")
                .contains("the default: true");
    }
}
