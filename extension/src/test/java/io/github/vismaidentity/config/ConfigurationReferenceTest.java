package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/reference/configuration.md} holds the table {@link VismaSetting} renders, and names no key the enum
 * lacks. After changing the enum, run this test with {@code -Dvisma.docs.write=true} to rewrite the table.
 */
class ConfigurationReferenceTest {

    static final Path PAGE = Path.of("..", "docs", "reference", "configuration.md");
    static final String START = "<!-- generated from VismaSetting: start -->";
    static final String END = "<!-- generated from VismaSetting: end -->";

    /** Metric and attribute names share the prefix; they are read from the source that defines them. */
    private static final Path METRICS = Path.of("src", "main", "java", "io", "github", "vismaidentity", "metrics",
            "OpenTelemetryMetrics.java");
    private static final Pattern NAME = Pattern.compile("visma\\.identity\\.[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*");

    @Test
    void thePageHoldsTheTableRenderedFromTheEnum() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        assertThat(start).as("%s in %s", START, PAGE).isNotNegative();
        assertThat(end).as("%s after the start marker in %s", END, PAGE).isGreaterThan(start);

        String rendered = "\n" + ConfigurationTable.render() + "\n";
        String current = page.substring(start + START.length(), end);
        if (!current.equals(rendered) && Boolean.getBoolean("visma.docs.write")) {
            Files.writeString(PAGE, page.substring(0, start + START.length()) + rendered + page.substring(end),
                    StandardCharsets.UTF_8);
            current = rendered;
        }
        assertThat(current).as("the table in %s differs from VismaSetting: run ConfigurationReferenceTest with "
                + "-Dvisma.docs.write=true to rewrite it, then review and commit the page", PAGE)
                .isEqualTo(rendered);
    }

    @Test
    void everyKeyOfTheEnumIsOnThePage() throws IOException {
        Set<String> named = names(Files.readString(PAGE, StandardCharsets.UTF_8));

        assertThat(named).containsAll(Arrays.stream(VismaSetting.values()).map(VismaSetting::key).toList());
    }

    @Test
    void thePageNamesNoKeyTheEnumLacks() throws IOException {
        Set<String> named = names(Files.readString(PAGE, StandardCharsets.UTF_8));
        named.removeAll(names(Files.readString(METRICS, StandardCharsets.UTF_8)));
        named.removeAll(Arrays.stream(VismaSetting.values()).map(VismaSetting::key).toList());

        assertThat(named).as("visma.identity.* names on %s that are no setting of VismaSetting", PAGE).isEmpty();
    }

    @Test
    void theMetricNamesExcludedAreReadFromTheMetricsSource() throws IOException {
        // Guards the exclusion above: if the metrics moved, the test would silently exclude nothing.
        assertThat(names(Files.readString(METRICS, StandardCharsets.UTF_8)))
                .contains("visma.identity.sign_ins", "visma.identity.refreshes", "visma.identity.disconnects");
    }

    private static Set<String> names(String text) {
        Matcher matcher = NAME.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The table, one row per setting in the enum's order. */
    static final class ConfigurationTable {

        private ConfigurationTable() {
        }

        static String render() {
            String header = "| key | environment variable | annotation attribute | type | default | range | effect |\n"
                    + "|---|---|---|---|---|---|---|\n";
            return header + Arrays.stream(VismaSetting.values()).map(ConfigurationTable::row)
                    .collect(Collectors.joining("\n"));
        }

        private static String row(VismaSetting setting) {
            String attribute = setting.attribute().map(name -> "`" + name + "`")
                    .orElse(setting.secret() ? "none: a secret" : "none");
            return "| " + String.join(" | ", "`" + setting.key() + "`", "`" + setting.environmentVariable() + "`",
                    attribute, cell(setting.type()), cell(setting.defaultValue()), cell(setting.range()),
                    cell(setting.effect())) + " |";
        }

        private static String cell(String text) {
            return text.replace("|", "\\|");
        }
    }
}
