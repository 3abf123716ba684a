package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ```mermaid} block of a project page, as GitHub renders it.
 *
 * @param file the page, relative to the repository's root
 * @param line the line of the opening fence, counted from 1
 * @param text the diagram, fences excluded
 */
record MermaidBlock(Path file, int line, String text) {

    /** Every block of the project's pages ({@link ProjectPages}: README.md, docs/ and the others), page by page. */
    static List<MermaidBlock> in(Path root) {
        List<MermaidBlock> blocks = new ArrayList<>();
        for (Path page : ProjectPages.under(root)) {
            try {
                blocks.addAll(of(page, Files.readString(root.resolve(page), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return blocks;
    }

    /** The blocks of one page's text. */
    static List<MermaidBlock> of(Path file, String markdown) {
        List<MermaidBlock> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```mermaid")) {
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new MermaidBlock(file, start + 1, text.toString()));
            }
        }
        return blocks;
    }

    /** Where the block is, for a problem's message: {@code docs/architecture.md:42}. */
    String where() {
        return file.toString().replace('\\', '/') + ":" + line;
    }
}
