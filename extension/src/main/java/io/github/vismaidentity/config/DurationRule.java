package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How one duration setting is read: an ISO-8601 duration ({@code PT30S}) or a plain whole number in the
 * setting's unit, within bounds that keep a typo (minutes for seconds, seconds for milliseconds) from
 * passing unnoticed.
 *
 * @param key       the MicroProfile Config key
 * @param fallback  the default
 * @param plainUnit the unit of a plain number
 * @param min       the smallest value allowed
 * @param max       the largest value allowed
 * @param range     the bounds in words, for messages
 */
record DurationRule(String key, Duration fallback, ChronoUnit plainUnit, Duration min, Duration max,
        String range) {

    static final DurationRule CLOCK_SKEW = new DurationRule(VismaIdentityDefinition.CLOCK_SKEW,
            VismaIdentitySettings.DEFAULT_CLOCK_SKEW, ChronoUnit.SECONDS, Duration.ZERO, Duration.ofMinutes(5),
            "0 to 5 minutes (PT0S to PT5M)");
    static final DurationRule CONNECT_TIMEOUT = new DurationRule(VismaIdentityDefinition.CONNECT_TIMEOUT,
            Duration.ofSeconds(5), ChronoUnit.MILLIS, Duration.ofMillis(1), Duration.ofMinutes(2),
            "1 millisecond to 2 minutes (PT0.001S to PT2M)");
    static final DurationRule READ_TIMEOUT = new DurationRule(VismaIdentityDefinition.READ_TIMEOUT,
            Duration.ofSeconds(10), ChronoUnit.MILLIS, Duration.ofMillis(1), Duration.ofMinutes(2),
            "1 millisecond to 2 minutes (PT0.001S to PT2M)");
    static final DurationRule REFRESH_SKEW = new DurationRule(VismaIdentityDefinition.REFRESH_SKEW,
            Duration.ofSeconds(60), ChronoUnit.SECONDS, Duration.ZERO, Duration.ofMinutes(10),
            "0 to 10 minutes (PT0S to PT10M)");
    static final DurationRule RATE_LIMIT_MAX_WAIT = new DurationRule(VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT,
            VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT, ChronoUnit.SECONDS, Duration.ZERO,
            Duration.ofMinutes(2), "0 to 2 minutes (PT0S to PT2M)");
    static final DurationRule DEFAULT_EXPIRES_IN = new DurationRule(VismaIdentityDefinition.DEFAULT_EXPIRES_IN,
            Duration.ofMinutes(5), ChronoUnit.SECONDS, Duration.ofSeconds(1), Duration.ofHours(24),
            "1 second to 24 hours (PT1S to PT24H)");

    /** The configured duration, or the default; null after reporting a problem. */
    Duration read(Lookup lookup, Problems problems) {
        Optional<Setting> setting = lookup.fromConfig(key);
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

    private String unitName() {
        return plainUnit == ChronoUnit.MILLIS ? "milliseconds" : "seconds";
    }

    private String example() {
        return fallback.toString();
    }
}
