package io.github.vismaidentity.docs;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Maven modules as the poms say: the root pom's {@code <modules>}, and between them each module's
 * {@code <dependencies>} on another module (by artifactId), what the module flowchart must show.
 *
 * @param modules      the module directories, in the root pom's order
 * @param dependencies "from -> to" for a dependency on the class path at run time (compile or runtime scope),
 *                     "from -.-> to" for one only in tests or provided by the server; one line per pair of
 *                     modules, the run-time kind winning
 */
record MermaidModules(List<String> modules, Set<String> dependencies) {

    static MermaidModules of(Path root) {
        try {
            List<String> modules = new ArrayList<>();
            for (Element module : children(child(read(root.resolve("pom.xml")), "modules"), "module")) {
                modules.add(module.getTextContent().strip());
            }
            Map<String, String> byArtifact = new HashMap<>();
            Map<String, Element> poms = new HashMap<>();
            for (String module : modules) {
                Element pom = read(root.resolve(module).resolve("pom.xml"));
                poms.put(module, pom);
                byArtifact.put(child(pom, "artifactId").getTextContent().strip(), module);
            }
            Map<String, Boolean> runtime = new HashMap<>();
            for (String module : modules) {
                Element dependencies = child(poms.get(module), "dependencies");
                for (Element dependency : dependencies == null ? List.<Element>of() : children(dependencies, "dependency")) {
                    String target = byArtifact.get(child(dependency, "artifactId").getTextContent().strip());
                    if (target == null) {
                        continue;
                    }
                    Element scope = child(dependency, "scope");
                    boolean atRunTime = scope == null || Set.of("compile", "runtime").contains(scope.getTextContent().strip());
                    runtime.merge(module + " " + target, atRunTime, Boolean::logicalOr);
                }
            }
            Set<String> lines = new TreeSet<>();
            runtime.forEach((pair, atRunTime) -> {
                String[] ends = pair.split(" ");
                lines.add(ends[0] + (atRunTime ? " --> " : " -.-> ") + ends[1]);
            });
            return new MermaidModules(List.copyOf(modules), lines);
        } catch (Exception e) {
            throw new IllegalStateException("The poms under " + root + " could not be read", e);
        }
    }

    private static Element read(Path pom) throws Exception {
        if (!Files.exists(pom)) {
            throw new IllegalStateException("No pom.xml at " + pom);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    /** The first direct child element of that name, or null. */
    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
