package io.github.vismaidentity.eaccounting;

/**
 * 400: Visma refused the values sent or the query; {@link #errors()} names each field and why ({@code Required}, {@code MaxLength}, {@code InvalidValue}, {@code NotFound}). Show them on the form.
 */
public class ValidationFailedException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5002";

    /** For the client's call machinery (and tests that need one). */
    public ValidationFailedException(String operation, int status, ErrorBody body, String message, Throwable cause) {
        super(ID, operation, status, body, message, cause);
    }
}
