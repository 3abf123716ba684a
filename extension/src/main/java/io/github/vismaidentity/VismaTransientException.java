package io.github.vismaidentity;

/**
 * Visma or the token store could not be reached or answered with something unusable; the stored tokens are
 * unchanged and a later try may succeed. Not a reason to send the user to sign in again.
 */
public class VismaTransientException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    /**
     * The extension throws it; applications catch it.
     *
     * @param messageId the stable ID, {@code VISMAID4xxx}
     * @param message   what happened, without a token
     * @param cause     the underlying failure, or null
     */
    public VismaTransientException(String messageId, String message, Throwable cause) {
        super(messageId, message, cause);
    }
}
