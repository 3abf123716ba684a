package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationProblemsTest {

    private static final ConfigProblem NO_ID = new ConfigProblem("VISMAID1001", "No client id.");
    private static final ConfigProblem NO_SECRET = new ConfigProblem("VISMAID1002", "No client secret.");

    @Test
    void showsEachProblemOnItsOwnLineWithItsId() {
        ConfigurationProblems problems = new ConfigurationProblems(List.of(NO_ID, NO_SECRET));

        assertThat(problems.getMessage().lines()).containsExactly(
                "The Visma identity configuration has 2 problems:",
                "VISMAID1001: No client id.",
                "VISMAID1002: No client secret.");
        assertThat(problems.ids()).containsExactly("VISMAID1001", "VISMAID1002");
    }

    @Test
    void saysAProblemForASingleOne() {
        assertThat(new ConfigurationProblems(List.of(NO_ID)).getMessage().lines())
                .containsExactly("The Visma identity configuration has a problem:", "VISMAID1001: No client id.");
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> new ConfigurationProblems(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheProblems() {
        List<ConfigProblem> list = new ArrayList<>(List.of(NO_ID));
        ConfigurationProblems problems = new ConfigurationProblems(list);

        list.add(NO_SECRET);

        assertThat(problems.problems()).containsExactly(NO_ID);
        assertThatThrownBy(() -> problems.problems().add(NO_SECRET)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void survivesSerialization() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ConfigurationProblems(List.of(NO_ID, NO_SECRET)));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ConfigurationProblems copy = (ConfigurationProblems) in.readObject();

            assertThat(copy.problems()).containsExactly(NO_ID, NO_SECRET);
        }
    }
}
