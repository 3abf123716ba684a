package io.github.vismaidentity.support.databases;

import java.io.IOException;

/**
 * A server started by its first user and shared by the rest of the test JVM; a start that failed fails every
 * later user the same way, instead of starting again and again.
 */
final class StartedOnce<T> {

    /** Starts the server. */
    @FunctionalInterface
    interface Start<T> {
        T start() throws IOException;
    }

    private final String what;
    private final Start<T> start;
    private T started;
    private RuntimeException failure;

    StartedOnce(String what, Start<T> start) {
        this.what = what;
        this.start = start;
    }

    synchronized T get() {
        if (started == null && failure == null) {
            try {
                started = start.start();
            } catch (IOException | RuntimeException e) {
                failure = new IllegalStateException(what + " did not start: " + e, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return started;
    }
}
