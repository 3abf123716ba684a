package io.github.vismaidentity.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How one duration setting is read: an ISO-8601 duration ({@code PT30S}) or a plain whole number in the
 * setting's unit, within bounds that keep a typo (minutes for seconds, seconds for milliseconds) from
 * passing unnoticed. Each {@link VismaSetting} of a duration holds its rule.
 *
 * @param fallback  the default
 * @param plainUnit the unit of a plain number
 * @param min       the smallest value allowed
 * @param max       the largest value allowed
 * @param range     the bounds in words, for messages and the configuration reference
 */
record DurationRule(Duration fallback, ChronoUnit plainUnit, Duration min, Duration max, String range) {

    /** The configured duration, or the default; null after reporting a problem. */
    Duration read(Optional<Setting> setting, Problems problems) {
        if (setting.isEmpty()) {
            return fallback;
        }
        String text = setting.get().text();
        Duration duration = parse(text);
        if (duration == null) {
            problems.add(Problems.BAD_DURATION, setting.get().where() + " is '" + text + "', not a duration."
                    + " Write an ISO-8601 duration such as " + example() + ", or a whole number of "
                    + unitName() + ".");
            return null;
        }
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            String plain = isPlainNumber(text) ? " (" + duration + ")" : "";
            problems.add(Problems.BAD_DURATION, setting.get().where() + " is '" + text + "'" + plain
                    + ", outside " + range + ". A plain number counts " + unitName() + "; set a value in range"
                    + " or remove the setting to get the default, " + fallback + ".");
            return null;
        }
        return duration;
    }

    private Duration parse(String text) {
        if (isPlainNumber(text)) {
            return Duration.of(Long.parseLong(text), plainUnit);
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isPlainNumber(String text) {
        return text.matches("[+-]?\\d{1,18}");
    }

    /** The unit of a plain number, in words. */
    String unitName() {
        return plainUnit == ChronoUnit.MILLIS ? "milliseconds" : "seconds";
    }

    private String example() {
        return fallback.toString();
    }
}
