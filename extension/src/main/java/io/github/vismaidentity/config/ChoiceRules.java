package io.github.vismaidentity.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings that take one of a few words: the enums of {@link io.github.vismaidentity.VismaIdentityDefinition},
 * the sign-out switch and the OpenID Connect {@code prompt}. Words are accepted in any case.
 */
final class ChoiceRules {

    /** OpenID Connect Core 1.0 §3.1.2.1, without {@code create}, which Visma's identity server does not offer. */
    static final List<String> PROMPTS = List.of("none", "login", "consent", "select_account");

    // The words MicroProfile Config's own boolean converter understands, so that both readings agree.
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0");

    private ChoiceRules() {
    }

    /** The enum constant named by the setting (any case), or the fallback; null after reporting a problem. */
    static <E extends Enum<E>> E choice(Optional<Setting> setting, Class<E> type, E fallback, Problems problems) {
        if (setting.isEmpty()) {
            return fallback;
        }
        String text = setting.get().text();
        E[] constants = type.getEnumConstants();
        Optional<E> found = Arrays.stream(constants).filter(e -> e.name().equalsIgnoreCase(text)).findFirst();
        if (found.isEmpty()) {
            String words = Arrays.stream(constants).map(e -> e.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or "));
            problems.add(Problems.UNKNOWN_CHOICE, setting.get().where() + " is '" + text + "'; it takes " + words
                    + ". Set one of those, or remove the setting to get the default: "
                    + fallback.name().toLowerCase(Locale.ROOT) + ".");
        }
        return found.orElse(null);
    }

    /** A yes-or-no setting; false when absent or after reporting a problem. */
    static boolean flag(Optional<Setting> setting, Problems problems) {
        return flag(setting, false, problems);
    }

    /** A yes-or-no setting; the fallback when absent or after reporting a problem. */
    static boolean flag(Optional<Setting> setting, boolean fallback, Problems problems) {
        if (setting.isEmpty()) {
            return fallback;
        }
        String text = setting.get().text().toLowerCase(Locale.ROOT);
        if (!TRUE.contains(text) && !FALSE.contains(text)) {
            problems.add(Problems.UNKNOWN_CHOICE, setting.get().where() + " is '" + setting.get().text()
                    + "'; it takes true or false. Set one of those, or remove the setting to get the default: "
                    + fallback + ".");
            return fallback;
        }
        return TRUE.contains(text);
    }

    /** The {@code prompt} values, lower case, each once, separated by a space; empty when none is configured. */
    static Optional<String> prompt(Optional<Setting> setting, Problems problems) {
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : setting.get().items()) {
            values.add(value.toLowerCase(Locale.ROOT));
        }
        List<String> unknown = values.stream().filter(value -> !PROMPTS.contains(value)).toList();
        String fix = " It takes " + String.join(", ", PROMPTS) + ", or several of them separated by spaces"
                + " (none only alone); remove the setting to send no prompt.";
        if (!unknown.isEmpty()) {
            problems.add(Problems.BAD_PROMPT, setting.get().where() + " names " + String.join(", ", unknown)
                    + ", not a prompt value." + fix);
        } else if (values.contains("none") && values.size() > 1) {
            // OpenID Connect Core 1.0 §3.1.2.1: none with any other value is an error at the server.
            problems.add(Problems.BAD_PROMPT, setting.get().where() + " combines none with other values,"
                    + " which the identity server refuses." + fix);
        }
        return Optional.of(String.join(" ", values));
    }
}
