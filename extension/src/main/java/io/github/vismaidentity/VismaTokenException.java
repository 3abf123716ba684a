package io.github.vismaidentity;

/**
 * A valid access token could not be handed out. The message starts with a stable ID ({@code VISMAID4xxx})
 * and never holds a token. Catch the subtypes: {@link VismaReauthenticationRequiredException} (send the user
 * to sign in again) and {@link VismaTransientException} (try again later).
 */
public abstract class VismaTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable message ID. */
    private final String messageId;

    /**
     * For the subtypes.
     *
     * @param messageId the stable ID, {@code VISMAID4xxx}
     * @param message   what happened, without a token
     * @param cause     the underlying failure, or null
     */
    protected VismaTokenException(String messageId, String message, Throwable cause) {
        super(messageId + ": " + message, cause);
        this.messageId = messageId;
    }

    /**
     * The stable message ID, to search in {@code docs/reference/messages.md} or assert on in a test.
     *
     * @return the ID, {@code VISMAIDnnnn}
     */
    public String messageId() {
        return messageId;
    }
}
