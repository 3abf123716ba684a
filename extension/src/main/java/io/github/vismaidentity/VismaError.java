package io.github.vismaidentity;

/**
 * The request attributes the application's own error page reads, when
 * {@value VismaIdentityDefinition#ERROR_PATH} names one. The extension forwards there, with the HTTP status
 * already set, when a sign-in is refused or cannot finish, when a sign-out is refused, and when a
 * {@link VismaTransientException} or {@link VismaConfigurationException} escapes a page (503 and 500). A
 * {@link VismaReauthenticationRequiredException} still sends the user to sign in again instead.
 *
 * <p>Every value is safe to show: the message is the one the built-in page shows, written for the user, and for
 * a failure of this server or of Visma (5xx) it names no JNDI name, host, address or driver text; those are in
 * the server log under the same message ID. A refusal's message may quote what the request carried (an
 * {@code error_description}, say), so escape every value as any text when writing HTML. A JSP page with JSTL:
 * <pre>{@code
 * <h1>Sign-in with Visma failed</h1>
 * <p><c:out value="${requestScope['io.github.vismaidentity.error.message']}"/></p>
 * <p><c:out value="${requestScope['io.github.vismaidentity.error.advice']}"/></p>
 * <p><a href="<c:out value="${requestScope['io.github.vismaidentity.error.sign-in']}"/>">Sign in again</a>
 *    (message ID <c:out value="${requestScope['io.github.vismaidentity.error.message-id']}"/>)</p>
 * }</pre>
 * A page that does not exist, or that fails, is replaced by the built-in page, with a warning in the log that
 * names the setting.
 */
public final class VismaError {

    /** The stable message ID, a {@code String} such as {@code VISMAID2004}: {@value}. */
    public static final String MESSAGE_ID = "io.github.vismaidentity.error.message-id";

    /** The HTTP status the response already has, an {@code Integer} (400, 403, 500, 502, 503, 504): {@value}. */
    public static final String STATUS = "io.github.vismaidentity.error.status";

    /** What happened, one or two sentences for the user, a {@code String}: {@value}. */
    public static final String MESSAGE = "io.github.vismaidentity.error.message";

    /** What the user can do about it, a {@code String}: {@value}. */
    public static final String ADVICE = "io.github.vismaidentity.error.advice";

    /**
     * The path, context root included, that starts a new sign-in, a {@code String} such as
     * {@code /app/visma/signin}: {@value}.
     */
    public static final String SIGN_IN = "io.github.vismaidentity.error.sign-in";

    private VismaError() {
    }
}
