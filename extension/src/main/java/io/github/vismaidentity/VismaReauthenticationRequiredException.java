package io.github.vismaidentity;

/**
 * The token set cannot be refreshed any more: Visma refused its refresh token ({@code invalid_grant}: the
 * user changed the password, was locked, or the app was disconnected), or the user never connected this
 * company. Every node now sees the set as REAUTHENTICATION_REQUIRED and none sends that refresh token
 * again. Send the user to {@link #signInPath()} (relative to the context root) to connect the company again.
 */
public class VismaReauthenticationRequiredException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    /** The Visma user's {@code sub}. */
    private final String subject;
    /** The company's id. */
    private final String companyId;

    /**
     * The extension throws it; applications catch it.
     *
     * @param messageId the stable ID, {@code VISMAID4xxx}
     * @param message   what happened, without a token
     * @param subject   the Visma user whose token set it is
     * @param companyId the company whose token set it is
     */
    public VismaReauthenticationRequiredException(String messageId, String message, String subject, String companyId) {
        super(messageId, message, null);
        this.subject = subject;
        this.companyId = companyId;
    }

    /**
     * The Visma user whose token set this is.
     *
     * @return the user's {@code sub}
     */
    public String subject() {
        return subject;
    }

    /**
     * The company whose token set this is.
     *
     * @return the company's id
     */
    public String companyId() {
        return companyId;
    }

    /**
     * Where to send the user: a sign-in that asks for the password and shows the company picker.
     *
     * @return the path, relative to the context root
     */
    public String signInPath() {
        return VismaIdentityDefinition.SIGN_IN_PATH + "?login=true&pick-company=true";
    }
}
