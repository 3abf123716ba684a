package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.support.Browserless;

/** For tests outside this package: a user signed in to Demo AB, and the {@link VismaTokens} of one node. */
public final class RefreshingTokensFactory {

    private RefreshingTokensFactory() {
    }

    /** The signed-in user, their company and the tokens service. */
    public record Signed(String subject, String companyId, VismaTokens tokens) {
    }

    public static Signed signIn(VismaEmulator emulator, Browserless browser) {
        RefreshFixture fixture = new RefreshFixture(emulator, browser);
        TokenRefresher node = fixture.node();
        return new Signed(fixture.key.subject(), fixture.key.companyId(),
                new RefreshingTokens("demo-client", () -> node, fixture::store));
    }
}
