package io.github.vismaidentity.samplerun;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The recipe's WAR as its Maven project would package it, made without Maven: the build of a clean clone installs
 * nothing into {@code ~/.m2}, where that project would look for the extension. Its sources are compiled against
 * this test's class path (Jakarta EE, MicroProfile Config, the extension and the client), and its
 * {@code WEB-INF/lib} is the sample WAR's, which depends on exactly the extension and the client too.
 */
final class RecipeWar {

    private RecipeWar() {
    }

    /** Packs {@code project} (a Maven WAR layout) into {@code war}, with the jars of {@code libraries}' WEB-INF/lib. */
    static Path build(Path project, Path libraries, Path war) throws IOException {
        Path classes = project.resolve("target/classes");
        compile(project.resolve("src/main/java"), classes);
        copyTree(project.resolve("src/main/resources"), classes);
        Files.createDirectories(war.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            addTree(out, project.resolve("src/main/webapp"), "");
            addTree(out, classes, "WEB-INF/classes/");
            addLibraries(out, libraries);
        }
        return war;
    }

    private static void compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("The page's Java does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static void addTree(ZipOutputStream out, Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void addLibraries(ZipOutputStream out, Path war) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
