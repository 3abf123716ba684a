package io.github.vismaidentity.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The emulator's share of a refresh: a second sign-in of every storm user (its own token family, so the
 * stored sets are untouched) whose refresh tokens are redeemed straight at the token endpoint and kept in
 * memory. No database, no lock, no ID token check, no single flight: one HTTP round trip and the emulator's
 * work per refresh, which no refresher can avoid.
 */
@State(Scope.Benchmark)
public class EndpointOnly {

    private String[] refreshTokens;

    @Setup(Level.Trial)
    public void signEveryoneInAgain(StormWorld world) {
        refreshTokens = new String[world.tokenSets];
        for (int i = 0; i < refreshTokens.length; i++) {
            refreshTokens[i] = world.signIns.signIn(i).tokens().refreshToken();
        }
    }

    /** One refresh per set, one after the other, each rotated token kept for the next round. */
    void refreshEachOnce(StormWorld world) {
        for (int i = 0; i < refreshTokens.length; i++) {
            refreshTokens[i] = world.tokenEndpoint.refresh(world.tokenEndpointUri(), refreshTokens[i]).refreshToken();
        }
    }
}
