package io.github.vismaidentity.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one storm did, printed by JMH beside its time (its public fields are JMH's auxiliary counters), and
 * the check that turns a wrong storm into a failed benchmark: a figure is only worth publishing when every
 * token set was refreshed exactly once, no refresh token was spent twice and no caller got an error.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class StormTally {

    /** Refresh-token requests the emulator received: must equal the number of token sets. */
    public long refreshCalls;
    /** Refresh tokens the emulator saw a second time: must be 0. */
    public long reuses;
    /** Callers that got an exception instead of a token: must be 0. */
    public long errors;

    @Setup(Level.Iteration)
    public void clear() {
        refreshCalls = 0;
        reuses = 0;
        errors = 0;
    }

    /**
     * Records the storm and throws unless it was right. Runs inside the measured call, after the work: two
     * counter reads, nanoseconds beside a storm's milliseconds, and a throw there cannot be missed.
     *
     * @param splitSets  token sets whose callers got different access tokens (must be 0)
     * @param firstError the first caller's error, if any, as the cause
     */
    void check(StormWorld world, int callerErrors, int splitSets, Throwable firstError) {
        refreshCalls = world.refreshesSinceExpiry();
        reuses = world.reusesSinceExpiry();
        errors = callerErrors;
        if (refreshCalls != world.tokenSets || reuses != 0 || errors != 0 || splitSets != 0) {
            throw new IllegalStateException("Wrong storm, not to be published: " + refreshCalls + " refresh calls for "
                    + world.tokenSets + " token sets (must be equal), " + reuses + " refresh-token reuses (must be 0), "
                    + errors + " callers with an error (must be 0), " + splitSets
                    + " token sets handed out with different access tokens (must be 0)", firstError);
        }
    }
}
