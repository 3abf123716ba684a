package io.github.vismaidentity;

/**
 * A valid access token could not be handed out. The message starts with a stable ID ({@code VISMAID4xxx})
 * and never holds a token. Catch the subtypes: {@link VismaReauthenticationRequiredException} (send the user
 * to sign in again) and {@link VismaTransientException} (try again later).
 */
public abstract class VismaTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageId;

    protected VismaTokenException(String messageId, String message, Throwable cause) {
        super(messageId + ": " + message, cause);
        this.messageId = messageId;
    }

    /** The stable message ID. */
    public String messageId() {
        return messageId;
    }
}
