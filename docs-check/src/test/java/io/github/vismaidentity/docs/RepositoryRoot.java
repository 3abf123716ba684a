package io.github.vismaidentity.docs;

import java.nio.file.Path;

/** The repository's root: the parent of this module, whose directory Maven passes as {@code basedir}. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        return module().getParent();
    }

    static Path module() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }
}
