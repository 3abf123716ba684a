package io.github.vismaidentity;

/**
 * The token could not be had because of how the application is set up, and trying again will not help until
 * an operator fixes it: Visma refused the app's client credentials during a refresh ({@code invalid_client},
 * after a secret was changed or revoked at Visma), or a stored token does not open with the configured
 * encryption keys. Nothing was changed: the refresh token was not spent, the token set is not marked, and once
 * the configuration is right the same connection works again without a new sign-in. The message says what to
 * check; {@link #messageId()} is {@code VISMAID4007}.
 */
public class VismaConfigurationException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    /**
     * The extension throws it; applications catch it.
     *
     * @param messageId the stable ID, {@code VISMAID4007}
     * @param message   what to check, without a secret
     * @param cause     the underlying failure, or null
     */
    public VismaConfigurationException(String messageId, String message, Throwable cause) {
        super(messageId, message, cause);
    }
}
