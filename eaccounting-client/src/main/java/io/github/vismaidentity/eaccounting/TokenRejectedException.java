package io.github.vismaidentity.eaccounting;

/**
 * 401 after the Bearer filter already replaced the token once: the user's connection to the company no longer works. Send the user to sign in again to the company.
 */
public class TokenRejectedException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5005";

    /** For the client's call machinery (and tests that need one). */
    public TokenRejectedException(String operation, int status, ErrorBody body, String message, Throwable cause) {
        super(ID, operation, status, body, message, cause);
    }
}
