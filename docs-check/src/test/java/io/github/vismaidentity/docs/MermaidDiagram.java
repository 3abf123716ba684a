package io.github.vismaidentity.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Mermaid diagram that name code: a sequence diagram's participants and messages, a flowchart's
 * nodes and edges. Only the syntax this repository's pages use is read; a line it does not know is kept in
 * {@link #unread()}, so a check can refuse what it would otherwise pass over.
 */
record MermaidDiagram(String kind, Map<String, String> nodes, List<Message> messages, List<Edge> edges,
                      List<String> comments, List<String> unread) {

    /** A message from one participant to another (by id); {@code text} is its label. */
    record Message(String from, String to, String text) {
    }

    /** A flowchart edge between two node ids; {@code dotted} for {@code -.->}. */
    record Edge(String from, String to, boolean dotted) {
    }

    private static final Pattern PARTICIPANT = Pattern.compile("^(?:participant|actor)\\s+(\\S+)(?:\\s+as\\s+(.+))?$");
    private static final Pattern MESSAGE = Pattern.compile(
            "^([^\\s:>-]+)\\s*(-->>|->>|-->|->|--x|-x|--\\)|-\\))\\s*[+-]?([^\\s:]+)\\s*:\\s*(.*)$");
    private static final Pattern NOTE = Pattern.compile("^[Nn]ote\\s+(?:over|left of|right of)\\s+[^:]+:\\s*(.*)$");
    private static final String SHAPE = "(?:\\[\\[(.*?)\\]\\]|\\[\\((.*?)\\)\\]|\\(\\[(.*?)\\]\\)|\\(\\((.*?)\\)\\)"
            + "|\\{\\{(.*?)\\}\\}|\\[(.*?)\\]|\\((.*?)\\)|\\{(.*?)\\})";
    private static final Pattern NODE = Pattern.compile("^(\\w+)\\s*" + SHAPE + "$");
    private static final Pattern EDGE = Pattern.compile(
            "^(\\w+)\\s*(?:" + SHAPE + ")?\\s*(-->|-\\.->)\\s*(?:\\|[^|]*\\|)?\\s*(\\w+)\\s*(?:" + SHAPE + ")?$");
    private static final Pattern KEYWORD = Pattern.compile(
            "^(?:autonumber|activate|deactivate|loop|alt|else|opt|par|and|critical|break|rect|end|subgraph|direction"
                    + "|classDef|class|style|linkStyle|box)\\b.*");

    static MermaidDiagram parse(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return new MermaidDiagram("", Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        String kind = lines.get(0).split("\\s+")[0];
        Map<String, String> nodes = new LinkedHashMap<>();
        List<Message> messages = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m;
            if (line.startsWith("%%")) {
                comments.add(line.substring(2).strip());
            } else if ((m = PARTICIPANT.matcher(line)).matches()) {
                nodes.put(m.group(1), m.group(2) == null ? m.group(1) : m.group(2).strip());
            } else if ((m = MESSAGE.matcher(line)).matches()) {
                nodes.putIfAbsent(m.group(1), m.group(1));
                nodes.putIfAbsent(m.group(3), m.group(3));
                messages.add(new Message(m.group(1), m.group(3), m.group(4)));
            } else if ((m = NOTE.matcher(line)).matches()) {
                messages.add(new Message("", "", m.group(1)));
            } else if ((m = EDGE.matcher(line)).matches()) {
                int to = 3 + 8;
                nodes.putIfAbsent(m.group(1), label(m, 2).orElse(m.group(1)));
                nodes.putIfAbsent(m.group(to), label(m, to + 1).orElse(m.group(to)));
                edges.add(new Edge(m.group(1), m.group(to), m.group(10).equals("-.->")));
            } else if ((m = NODE.matcher(line)).matches()) {
                nodes.put(m.group(1), label(m, 2).orElse(m.group(1)));
            } else if (!KEYWORD.matcher(line).matches()) {
                unread.add(line);
            }
        }
        return new MermaidDiagram(kind, nodes, messages, edges, comments, unread);
    }

    /** The first of the eight shape groups from {@code first} that matched, unquoted. */
    private static Optional<String> label(Matcher m, int first) {
        for (int group = first; group < first + 8; group++) {
            if (m.group(group) != null) {
                String label = m.group(group).strip();
                if (label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
                    label = label.substring(1, label.length() - 1);
                }
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
