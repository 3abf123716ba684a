package io.github.vismaidentity.docs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mermaid diagrams of the project's pages against the code ({@link MermaidCheck}): the classes and methods they
 * name exist, and the module layout is the poms' modules and dependencies. The fixture tests show each rule fails.
 */
class DiagramsTest {

    private static final Path ROOT = RepositoryRoot.path();
    private static final MermaidModules MODULES = MermaidModules.of(ROOT);
    private static final MermaidCheck CHECK = new MermaidCheck(MermaidSources.of(ROOT), MODULES);

    @Test
    void everyDiagramInTheDocsNamesOnlyClassesAndMethodsThatExistAndTheModulesAsThePomsHaveThem() {
        List<String> problems = MermaidBlock.in(ROOT).stream().flatMap(block -> CHECK.problems(block).stream()).toList();

        assertThat(problems).isEmpty();
    }

    @Test
    void theDocsDrawTheSignInTheRefreshAcrossTwoNodesAndTheModuleLayout() {
        List<MermaidBlock> blocks = MermaidBlock.in(ROOT);

        assertThat(blocks).anySatisfy(block -> assertThat(block.text()).startsWith("sequenceDiagram")
                .contains("VismaAuthenticationMechanism", "TokenEndpointClient", "IdTokenVerifier", "TokenSetStore"));
        assertThat(blocks).anySatisfy(block -> assertThat(block.text()).startsWith("sequenceDiagram")
                .contains("LockedRefresh", "RowLock.take()", "COMMIT"));
        assertThat(blocks).anySatisfy(block -> assertThat(MermaidDiagram.parse(block.text()).comments())
                .contains(MermaidCheck.MODULES));
    }

    @Test
    void aParticipantThatIsNoClassIsReported() {
        assertThat(problems("""
                sequenceDiagram
                    participant Browser
                    participant VismaAuthenticationMechanism
                    participant NoSuchMechanism
                    Browser->>VismaAuthenticationMechanism: GET /page
                """)).singleElement().asString().contains("'NoSuchMechanism'", "fixture.md:1");
    }

    @Test
    void aMethodTheReceivingClassDoesNotDeclareIsReported() {
        assertThat(problems("""
                sequenceDiagram
                    participant M as VismaAuthenticationMechanism
                    participant TokenEndpointClient
                    M->>TokenEndpointClient: redeem() form-encoded POST
                    M->>TokenEndpointClient: redeemTwice()
                """)).singleElement().asString().contains("redeemTwice", "TokenEndpointClient");
    }

    @Test
    void aQualifiedCallOfAMissingMethodOrClassIsReportedInANoteToo() {
        assertThat(problems("""
                sequenceDiagram
                    participant Browser
                    Note over Browser: LockedRefresh.refresh() then LockedRefresh.refreshTwice() and Nowhere.call()
                """)).hasSize(2).anySatisfy(p -> assertThat(p).contains("refreshTwice"))
                .anySatisfy(p -> assertThat(p).contains("Nowhere"));
    }

    @Test
    void aMethodSentToAParticipantThatNamesNoClassIsReported() {
        assertThat(problems("""
                sequenceDiagram
                    participant Browser
                    participant Visma as Visma's token endpoint
                    Browser->>Visma: token()
                """)).singleElement().asString().contains("token()", "names no class");
    }

    @Test
    void aLineTheTestCannotReadIsReportedRatherThanPassedOver() {
        assertThat(problems("""
                sequenceDiagram
                    participant Browser
                    Browser=>>Browser: a typo'd arrow
                """)).singleElement().asString().contains("cannot read");
    }

    @Test
    void theModuleLayoutDrawnFromThePomsPasses() {
        assertThat(problems(layout(MODULES.dependencies()))).isEmpty();
    }

    @Test
    void aModuleLayoutWithoutADependencyOrWithAWrongArrowIsReported() {
        List<String> dependencies = List.copyOf(MODULES.dependencies());
        String dropped = dependencies.stream().filter(d -> d.contains(" -.-> ")).findFirst().orElseThrow();
        String runTime = dependencies.stream().filter(d -> d.contains(" --> ")).findFirst().orElseThrow();
        List<String> broken = dependencies.stream().filter(d -> !d.equals(dropped))
                .map(d -> d.equals(runTime) ? d.replace(" --> ", " -.-> ") : d).toList();

        List<String> problems = problems(layout(broken));

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("lacks the poms' dependencies", dropped))
                .anySatisfy(p -> assertThat(p).contains("which no pom declares", runTime.replace(" --> ", " -.-> ")));
    }

    @Test
    void aModuleLayoutMissingAModuleOrShowingAnotherIsReported() {
        String layout = layout(MODULES.dependencies()).replace("    m_docs_check[\"docs-check\"]\n", "")
                + "    m_site[\"site\"]\n";

        assertThat(problems(layout)).anySatisfy(p -> assertThat(p).contains("lacks the modules [docs-check]"))
                .anySatisfy(p -> assertThat(p).contains("shows [site]"));
    }

    /** A module flowchart of these dependencies ("a --> b" lines), every module a node. */
    private static String layout(Collection<String> dependencies) {
        StringBuilder text = new StringBuilder("flowchart LR\n    %% modules\n");
        for (String module : MODULES.modules()) {
            text.append("    ").append(id(module)).append("[\"").append(module).append("\"]\n");
        }
        for (String dependency : dependencies) {
            String[] parts = dependency.split(" ");
            text.append("    ").append(id(parts[0])).append(' ').append(parts[1]).append(' ').append(id(parts[2]))
                    .append('\n');
        }
        return text.toString();
    }

    private static String id(String module) {
        return "m_" + module.replace('-', '_');
    }

    private static List<String> problems(String diagram) {
        return CHECK.problems(MermaidBlock.of(Path.of("fixture.md"), "```mermaid\n" + diagram + "```\n").get(0));
    }
}
