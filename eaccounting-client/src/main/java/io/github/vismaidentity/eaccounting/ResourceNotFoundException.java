package io.github.vismaidentity.eaccounting;

/**
 * 404: the id names nothing in this company (deleted, or from another company). Catch it to answer "not found".
 */
public class ResourceNotFoundException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5001";

    /** For the client's call machinery (and tests that need one). */
    public ResourceNotFoundException(String operation, int status, ErrorBody body, String message, Throwable cause) {
        super(ID, operation, status, body, message, cause);
    }
}
