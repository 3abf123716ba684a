package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.client.Sleeper;

/**
 * The client's package-private test hook the benchmark needs, reached from the client's own package (both jars
 * are on the class path, no module system): the pacer's {@link Sleeper}, so that the benchmark counts each wait
 * the pacer makes instead of guessing them from the calls' times. The waits stay real sleeps.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    /** The builder, its client's pacer sitting out each wait through {@code sleeper}. */
    public static EAccountingClient.Builder pacerSleeper(EAccountingClient.Builder builder, Sleeper sleeper) {
        return builder.sleeper(sleeper);
    }
}
