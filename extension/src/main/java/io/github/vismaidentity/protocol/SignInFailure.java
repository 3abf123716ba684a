package io.github.vismaidentity.protocol;

import java.util.Optional;

/**
 * Why a sign-in was refused or could not finish. {@link #getMessage()} is safe to log and to show: it
 * carries a stable message ID and never a token, code, verifier or secret. {@link #status()} is the HTTP
 * status the callback page gets: 4xx when the callback or Visma's answer is refused, 502 or 504 when Visma
 * could not be reached or answered with something unusable (worth a retry).
 */
public final class SignInFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final int status;
    private final String advice;
    private final String oauthError;

    private SignInFailure(String id, int status, String message, String advice, String oauthError) {
        super(id + ": " + message);
        this.id = id;
        this.status = status;
        this.advice = advice;
        this.oauthError = oauthError;
    }

    private SignInFailure(String id, int status, String message, String advice) {
        this(id, status, message, advice, null);
    }

    /** The token endpoint answered with this RFC 6749 §5.2 error ({@code invalid_grant}, ...). */
    public static SignInFailure tokenError(String id, String message, String oauthError) {
        return new SignInFailure(id, 400, message, "Start the sign-in again.", oauthError);
    }

    /** The callback or a token is not acceptable: the user may start again, the same request never works. */
    public static SignInFailure refused(String id, String message) {
        return new SignInFailure(id, 400, message, "Start the sign-in again.");
    }

    /**
     * A token refused because this server's clock and Visma's differ: starting again does not help until
     * someone sets a clock right, so the page says whom to tell.
     */
    public static SignInFailure clockOff(String id, String message) {
        return new SignInFailure(id, 400, message, "Signing in again will not help until the clocks agree: "
                + "tell the site's operator (message ID " + id + ").");
    }

    /** The user or Visma said no (an error callback): shown as 403. */
    public static SignInFailure denied(String id, String message) {
        return new SignInFailure(id, 403, message, "Start the sign-in again if this was a mistake.");
    }

    /** The request may not do what it asks (a sign-out from another site): shown as 403 with {@code advice}. */
    public static SignInFailure forbidden(String id, String message, String advice) {
        return new SignInFailure(id, 403, message, advice);
    }

    /** Visma could not be reached or gave an unusable answer: a later try may work. */
    public static SignInFailure transientFailure(String id, String message, int status) {
        return new SignInFailure(id, status, message, "Visma could not be reached just now; try again in a moment.");
    }

    /** The stable message ID, {@code VISMAID2xxx}. */
    public String id() {
        return id;
    }

    /** The HTTP status for the error page. */
    public int status() {
        return status;
    }

    /** What the user can do, one sentence. */
    public String advice() {
        return advice;
    }

    /** The RFC 6749 {@code error} code when the token endpoint refused, else empty. */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }

    /** True when trying again later may succeed. */
    public boolean isTransient() {
        return status >= 500;
    }
}
