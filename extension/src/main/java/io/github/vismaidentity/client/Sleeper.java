package io.github.vismaidentity.client;

import java.time.Duration;

/**
 * How a thread sits out a wait (one Visma asked for, a pause before writing rotated tokens again): the
 * thread sleeps; tests record the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    /** The real one: the calling thread sleeps. */
    Sleeper THREAD = wait -> Thread.sleep(wait.toMillis());

    /**
     * Sits out the wait.
     *
     * @param wait how long
     * @throws InterruptedException when the thread is interrupted while it waits
     */
    void sleep(Duration wait) throws InterruptedException;
}
