package io.github.vismaidentity.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagram held to the code. Every word written like a Java class name ({@code TokenSetStore}: two or more
 * capitalised parts) in a participant or node must be a class of some module's {@code src/main/java};
 * {@code Class.method()} in a message or note must be a method that class declares, and a bare {@code method()}
 * in a message a method of the class the message goes to. A flowchart with the comment {@code %% modules} is
 * the module layout: its nodes (the label up to a {@code <br/>}) must be exactly the root pom's modules, its
 * edges exactly the dependencies between them ({@code -->} at run time, {@code -.->} in tests or provided).
 */
final class MermaidCheck {

    /** The comment that marks a flowchart as the module layout. */
    static final String MODULES = "modules";

    private static final Pattern CLASS_LIKE = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");
    private static final Pattern QUALIFIED_CALL = Pattern.compile("\\b([A-Z]\\w*)\\.([a-z]\\w*)\\(");
    private static final Pattern BARE_CALL = Pattern.compile("(?<![.\\w])([a-z]\\w*)\\(");

    private final MermaidSources sources;
    private final MermaidModules modules;

    MermaidCheck(MermaidSources sources, MermaidModules modules) {
        this.sources = sources;
        this.modules = modules;
    }

    /** What in the block does not match the code, each with the block's place; empty when it all does. */
    List<String> problems(MermaidBlock block) {
        MermaidDiagram diagram = MermaidDiagram.parse(block.text());
        List<String> problems = new ArrayList<>();
        if (!Set.of("sequenceDiagram", "flowchart", "graph").contains(diagram.kind())) {
            problems.add("a diagram of kind '" + diagram.kind() + "', which this test does not read");
        }
        for (String line : diagram.unread()) {
            problems.add("a line this test cannot read (write it as the other diagrams do): " + line);
        }
        diagram.nodes().forEach((id, label) -> {
            for (String name : classLike(label)) {
                if (!sources.hasClass(name)) {
                    problems.add("'" + name + "' (participant or node " + id + ") is no class in any src/main/java");
                }
            }
        });
        for (MermaidDiagram.Message message : diagram.messages()) {
            problems.addAll(calls(diagram, message));
        }
        if (diagram.comments().contains(MODULES)) {
            problems.addAll(moduleLayout(diagram));
        }
        return problems.stream().map(problem -> block.where() + ": " + problem).toList();
    }

    private List<String> calls(MermaidDiagram diagram, MermaidDiagram.Message message) {
        List<String> problems = new ArrayList<>();
        Matcher qualified = QUALIFIED_CALL.matcher(message.text());
        while (qualified.find()) {
            String type = qualified.group(1);
            String method = qualified.group(2);
            if (!sources.hasClass(type)) {
                problems.add("'" + type + "." + method + "()' names " + type + ", no class in any src/main/java");
            } else if (!sources.hasMethod(type, method)) {
                problems.add("'" + type + "." + method + "()': " + type + " declares no method " + method);
            }
        }
        if (message.to().isEmpty()) {
            return problems;
        }
        Matcher bare = BARE_CALL.matcher(message.text());
        while (bare.find()) {
            String method = bare.group(1);
            Optional<String> target = classLike(diagram.nodes().getOrDefault(message.to(), message.to())).stream()
                    .findFirst();
            if (target.isEmpty()) {
                problems.add("'" + method + "()' is sent to " + message.to() + ", which names no class");
            } else if (!sources.hasMethod(target.get(), method)) {
                problems.add("'" + method + "()' is sent to " + target.get() + ", which declares no method " + method);
            }
        }
        return problems;
    }

    private List<String> moduleLayout(MermaidDiagram diagram) {
        List<String> problems = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        diagram.nodes().values().forEach(label -> shown.add(module(label)));
        Set<String> missing = new TreeSet<>(modules.modules());
        missing.removeAll(shown);
        Set<String> extra = new TreeSet<>(shown);
        extra.removeAll(modules.modules());
        if (!missing.isEmpty()) {
            problems.add("the module layout lacks the modules " + missing + " of the root pom");
        }
        if (!extra.isEmpty()) {
            problems.add("the module layout shows " + extra + ", which the root pom does not list");
        }
        Set<String> edges = new TreeSet<>();
        for (MermaidDiagram.Edge edge : diagram.edges()) {
            edges.add(module(diagram.nodes().get(edge.from())) + (edge.dotted() ? " -.-> " : " --> ")
                    + module(diagram.nodes().get(edge.to())));
        }
        Set<String> notDrawn = new TreeSet<>(modules.dependencies());
        notDrawn.removeAll(edges);
        Set<String> notInPoms = new TreeSet<>(edges);
        notInPoms.removeAll(modules.dependencies());
        if (!notDrawn.isEmpty()) {
            problems.add("the module layout lacks the poms' dependencies " + notDrawn);
        }
        if (!notInPoms.isEmpty()) {
            problems.add("the module layout draws " + notInPoms + ", which no pom declares (--> at run time, "
                    + "-.-> in tests or provided)");
        }
        return problems;
    }

    /** A module node's directory: its label up to the first line break. */
    private static String module(String label) {
        return label.split("<br", 2)[0].strip();
    }

    private static List<String> classLike(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = CLASS_LIKE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
