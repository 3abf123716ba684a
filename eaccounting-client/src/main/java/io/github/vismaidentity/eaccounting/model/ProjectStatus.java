package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * Whether a project is still going on.
 * Visma's {@code Status}:
 * 1 = Ongoing, 2 = Finished.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record ProjectStatus(int value) {

    /** {@code 1 = Ongoing}. */
    public static final ProjectStatus ONGOING = new ProjectStatus(1);
    /** {@code 2 = Finished}. */
    public static final ProjectStatus FINISHED = new ProjectStatus(2);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        ONGOING, FINISHED
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 1, 2);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<ProjectStatus> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(ProjectStatus::new, ProjectStatus::value);
        }
    }
}
