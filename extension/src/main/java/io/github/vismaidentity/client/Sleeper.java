package io.github.vismaidentity.client;

import java.time.Duration;

/** How the filter sits out a wait Visma asked for: the thread sleeps; tests count instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    /** The real one: the calling thread sleeps. */
    Sleeper THREAD = wait -> Thread.sleep(wait.toMillis());

    void sleep(Duration wait) throws InterruptedException;
}
