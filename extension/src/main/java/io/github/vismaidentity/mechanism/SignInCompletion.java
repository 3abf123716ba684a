package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.PendingSignIn;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignedIn;
import io.github.vismaidentity.store.TokenStoreException;

import java.net.URI;
import java.util.Optional;

/**
 * Finishes a sign-in in the order that keeps tokens safe: every check of the callback and the ID token
 * first, then the token set committed, and only then a caller. A failure at any step leaves nothing
 * stored and nobody signed in.
 */
public final class SignInCompletion {

    /** The token set could not be committed. */
    public static final String NOT_SAVED = "VISMAID2050";

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
        try {
            saver.save(signedIn);
        } catch (RuntimeException e) {
            throw SignInFailure.transientFailure(NOT_SAVED, "The tokens could not be saved, so you are not signed in: "
                    + storeMessage(e), 503);
        }
        return CallerFactory.principal(signedIn, callerNameClaim);
    }

    /** The store's own message (safe: it never holds a token), else only the exception types of the chain. */
    private static String storeMessage(Throwable failure) {
        StringBuilder types = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenStoreException store) {
                return store.getMessage();
            }
            types.append(types.length() == 0 ? "" : " <- ").append(cause.getClass().getName());
        }
        return types.toString();
    }
}
