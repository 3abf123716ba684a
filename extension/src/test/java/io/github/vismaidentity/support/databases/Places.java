package io.github.vismaidentity.support.databases;

import java.nio.file.Path;

/** Where the test databases keep their files: the module's {@code target/}, which {@code mvn clean} empties. */
final class Places {

    private Places() {
    }

    static Path target() {
        // Surefire sets basedir to the module; an IDE usually starts in it.
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target");
    }
}
