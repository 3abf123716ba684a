package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The deployment's {@code VISMAID1130} line: where each setting came from, so that a value that is not the one
 * expected (a WAR's own {@code microprofile-config.properties} winning over nothing set in the environment, say)
 * can be traced. It names settings and sources only, never a value: the client secret and the encryption key
 * would otherwise end up in the server log.
 */
public final class SettingSources {

    /** An INFO line at deployment: each setting's source. */
    public static final String ID = "VISMAID1130";

    static final String ANNOTATION = "@VismaIdentityDefinition";
    private static final String SOME_CONFIG_SOURCE = "MicroProfile Config";

    private SettingSources() {
    }

    /**
     * The line for a deployment, found by the reader's own precedence.
     *
     * @param annotation the application's annotation, or null
     * @param config     the application's MicroProfile Config
     */
    public static String describe(VismaIdentityDefinition annotation, Config config) {
        return describe(annotation, key -> config.getOptionalValue(key, String.class),
                key -> sourceName(config, key));
    }

    /**
     * @param config     MicroProfile Config's lookup, as the reader gets it
     * @param sourceName the name of the config source that gives a key's value
     */
    static String describe(VismaIdentityDefinition annotation, Function<String, Optional<String>> config,
            Function<String, String> sourceName) {
        Lookup lookup = new Lookup(annotation, config);
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        List<String> defaults = new ArrayList<>();
        for (VismaSetting setting : VismaSetting.values()) {
            Optional<Setting> found = lookup.find(setting);
            boolean fromAnnotation = found.isPresent() && found.get().attribute() != null;
            if (found.isEmpty() || fromAnnotation && setting.atAnnotationDefault(annotation)) {
                defaults.add(setting.shortKey());
            } else {
                String source = fromAnnotation ? ANNOTATION : sourceName.apply(setting.key());
                bySource.computeIfAbsent(source, any -> new ArrayList<>()).add(setting.shortKey());
            }
        }
        String set = bySource.entrySet().stream()
                .map(entry -> String.join(", ", entry.getValue()) + " from " + entry.getKey())
                .collect(Collectors.joining("; "));
        return ID + ": Where the " + VismaSetting.PREFIX + "* settings came from (values not shown): "
                + (set.isEmpty() ? "none set" : set) + "; defaults: "
                + (defaults.isEmpty() ? "none" : String.join(", ", defaults)) + ".";
    }

    private static String sourceName(Config config, String key) {
        try {
            ConfigValue value = config.getConfigValue(key);
            return value.getSourceName() == null ? SOME_CONFIG_SOURCE : value.getSourceName();
        } catch (RuntimeException | LinkageError olderConfig) {
            // A server whose MicroProfile Config predates getConfigValue (2.0) still deploys; the line is only a help.
            return SOME_CONFIG_SOURCE;
        }
    }
}
