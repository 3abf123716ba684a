package io.github.vismaidentity.store;

/**
 * The token store could not read or write a token set. The message starts with a stable ID
 * ({@code VISMAID30xx}), says what to fix, and never holds a token.
 */
public class TokenStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A table does not exist and could not be created, or the tables could not be checked at all. */
    public static final String SCHEMA = "VISMAID3001";
    /** The database refused a read or a write. */
    public static final String DATABASE = "VISMAID3002";
    /** A stored token could not be decrypted with the configured key. */
    public static final String DECRYPTION = "VISMAID3003";
    /** Nothing, or no {@code DataSource}, at the configured JNDI name. */
    public static final String NO_DATASOURCE = "VISMAID3010";
    /** The refresh's connection commits every statement at once, so its row lock would not hold. */
    public static final String AUTO_COMMIT = "VISMAID3020";
    /** Logged when a listed token set does not open with the configured keys; it is listed all the same. */
    public static final String UNREADABLE = "VISMAID3021";

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public TokenStoreException(String message) {
        super(message);
    }
}
