package io.github.vismaidentity.eaccounting;

/**
 * Visma did not answer usefully: HTTP 5xx, a refused connection, a timeout, or a body that is not Visma's JSON. Nothing is known to have changed; try again later (a write may have gone through: look before writing again).
 */
public class VismaUnavailableException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5006";

    /** For the client's call machinery (and tests that need one). */
    public VismaUnavailableException(String operation, int status, ErrorBody body, String message, Throwable cause) {
        super(ID, operation, status, body, message, cause);
    }
}
