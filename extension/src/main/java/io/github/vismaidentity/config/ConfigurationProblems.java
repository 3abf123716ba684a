package io.github.vismaidentity.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the configuration cannot work, with every problem found, not only the first: fix them all and
 * deploy again. The message shows one problem per line as {@code VISMAID1xxx: text}; {@link #problems()} gives
 * them one by one. Neither ever contains the client secret or the encryption key.
 */
public final class ConfigurationProblems extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An unmodifiable copy; serializable like the exception itself. */
    private final List<ConfigProblem> problems;

    /**
     * @param problems at least one problem
     * @throws IllegalArgumentException when the list is empty
     */
    public ConfigurationProblems(List<ConfigProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A ConfigurationProblems needs at least one problem");
        }
        String heading = problems.size() == 1
                ? "The Visma identity configuration has a problem:"
                : "The Visma identity configuration has " + problems.size() + " problems:";
        return problems.stream().map(ConfigProblem::toString)
                .collect(Collectors.joining(System.lineSeparator(), heading + System.lineSeparator(), ""));
    }

    /** Every problem found, in the order the keys were read. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The message IDs of {@link #problems()}, in the same order, for example {@code [VISMAID1001, VISMAID1011]}. */
    public List<String> ids() {
        return problems().stream().map(ConfigProblem::id).toList();
    }
}
