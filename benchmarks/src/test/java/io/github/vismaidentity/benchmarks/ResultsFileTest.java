package io.github.vismaidentity.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsFileTest {

    private static final String WHOLE = ResultsFile.merged("", Map.of(
            "fast-path", "### The fast path\n\nold fast\n",
            "scale", "### Scale\n\nold scale\n",
            "side-by-side", "### The same page\n\nold page\n",
            "storm", "### Refresh storm\n\nold storm\n"));

    @Test
    void aWholeRunWritesEveryPartInOrderBehindItsMarker() {
        assertThat(WHOLE).startsWith("# Benchmark results\n")
                .containsSubsequence("<!-- run-all part: fast-path -->\n### The fast path\n\nold fast\n",
                        "<!-- run-all part: scale -->\n### Scale\n", "<!-- run-all part: side-by-side -->\n",
                        "<!-- run-all part: storm -->\n### Refresh storm\n\nold storm\n")
                .endsWith("old storm\n\n" + figure("storm") + "\n");
    }

    @Test
    void aPartialRunReplacesItsPartsAndKeepsTheOthersAsTheyWere() {
        String merged = ResultsFile.merged(WHOLE, Map.of("storm", "### Refresh storm\n\nnew storm\n",
                "scale", "### Scale\n\nnew scale\n"));

        assertThat(merged).contains("old fast", "new scale", "old page", "new storm")
                .doesNotContain("old scale", "old storm")
                .containsSubsequence("new scale", "old page", "new storm");
        assertThat(ResultsFile.parts(merged)).containsOnlyKeys("fast-path", "scale", "side-by-side", "storm");
    }

    @Test
    void aChartedPartRewrittenKeepsItsChartLineOnceAtItsEnd() {
        String merged = ResultsFile.merged(WHOLE, Map.of("side-by-side", "### The same page\n\nnew page\n"));

        assertThat(merged).containsSubsequence("new page", figure("side-by-side"), "part: storm")
                .doesNotContain("old page");
        assertThat(merged.split(java.util.regex.Pattern.quote(figure("side-by-side")), -1)).hasSize(2);
    }

    @Test
    void aPartThatCameWithItsChartLineDoesNotGetASecondOne() {
        String fresh = "### The same page\n\nnew page\n\n" + figure("side-by-side") + "\n";

        String merged = ResultsFile.merged(WHOLE, Map.of("side-by-side", fresh));

        assertThat(merged.split(java.util.regex.Pattern.quote(figure("side-by-side")), -1)).hasSize(2);
        assertThat(ResultsFile.merged(merged, Map.of())).isEqualTo(merged);
    }

    private static String figure(String part) {
        return ResultsFigures.ALL.stream().filter(f -> f.part().equals(part)).findFirst().orElseThrow().line();
    }

    @Test
    void mergingAgainWithNothingNewChangesNothing() {
        assertThat(ResultsFile.merged(WHOLE, Map.of())).isEqualTo(WHOLE);
    }

    @Test
    void aPartMeasuredForTheFirstTimeTakesItsPlaceInTheOrder() {
        String withoutScale = ResultsFile.merged("", Map.of("fast-path", "fast\n", "storm", "storm\n"));

        String merged = ResultsFile.merged(withoutScale, Map.of("scale", "scale\n"));

        assertThat(merged).containsSubsequence("part: fast-path", "part: scale", "part: storm")
                .doesNotContain("part: side-by-side");
    }

    @Test
    void theClientPartGoesAfterTheStormIntoAFileWrittenBeforeItExisted() {
        String merged = ResultsFile.merged(WHOLE, Map.of("client", "### The eAccounting client\n\nclient\n"));

        assertThat(merged).containsSubsequence("part: storm", "old storm", "<!-- run-all part: client -->\n",
                "### The eAccounting client").endsWith("client\n");
        assertThat(ResultsFile.parts(merged)).containsKeys("storm", "client");
    }

    @Test
    void aFileWithoutMarkersIsRefusedSayingHowToWriteItWhole() {
        assertThatThrownBy(() -> ResultsFile.merged("# Benchmark results\n\n### Scale\n", Map.of("scale", "new\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run benchmarks/run-all without --only to write it whole");
    }

    @Test
    void anUnknownPartIsRefusedNamingTheParts() {
        assertThatThrownBy(() -> ResultsFile.merged(WHOLE, Map.of("scales", "x")))
                .hasMessage("No part is called scales; the parts are [fast-path, scale, side-by-side, storm, client]");
        assertThatThrownBy(() -> ResultsFile.parts("<!-- run-all part: jmh -->\nx\n"))
                .hasMessageContaining("a part called jmh, which run-all does not write");
    }
}
