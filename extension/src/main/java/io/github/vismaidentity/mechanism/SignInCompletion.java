package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.PendingSignIn;
import io.github.vismaidentity.protocol.SignedIn;

import java.net.URI;
import java.util.Optional;

/**
 * Finishes a sign-in in the order that keeps tokens safe: every check of the callback and the ID token
 * first, then the token set committed, and only then a caller. A failure at any step leaves nothing
 * stored and nobody signed in.
 */
public final class SignInCompletion {

    private final CallbackValidator callbacks;
    private final TokenSetSaver saver;
    private final String callerNameClaim;

    public SignInCompletion(CallbackValidator callbacks, TokenSetSaver saver, String callerNameClaim) {
        this.callbacks = callbacks;
        this.saver = saver;
        this.callerNameClaim = callerNameClaim;
    }

    /**
     * @throws io.github.vismaidentity.protocol.SignInFailure when the callback, a token or an answer is refused
     */
    public VismaCallerPrincipal complete(URI callback, Optional<PendingSignIn> pending) {
        SignedIn signedIn = callbacks.complete(callback, pending);
        saver.save(signedIn);
        return CallerFactory.principal(signedIn, callerNameClaim);
    }
}
