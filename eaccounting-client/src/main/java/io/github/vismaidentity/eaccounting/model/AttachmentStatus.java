package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * Whether an attachment is linked to a document.
 * Visma's {@code AttachmentStatus}:
 * 0 = Matched, 1 = Unmatched.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record AttachmentStatus(int value) {

    /** {@code 0 = Matched}. */
    public static final AttachmentStatus MATCHED = new AttachmentStatus(0);
    /** {@code 1 = Unmatched}. */
    public static final AttachmentStatus UNMATCHED = new AttachmentStatus(1);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        MATCHED, UNMATCHED
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 0, 1);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<AttachmentStatus> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(AttachmentStatus::new, AttachmentStatus::value);
        }
    }
}
