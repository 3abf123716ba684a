package io.github.vismaidentity;

/**
 * Visma or the token store could not be reached or answered with something unusable; the stored tokens are
 * unchanged and a later try may succeed. Not a reason to send the user to sign in again.
 */
public class VismaTransientException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    public VismaTransientException(String messageId, String message, Throwable cause) {
        super(messageId, message, cause);
    }
}
