package io.github.vismaidentity;

import java.time.Instant;

/**
 * A CDI event about one user's connection to one eAccounting company, fired after the transaction that caused it
 * committed: never for a change that was rolled back, and never with a token, in any accessor or in
 * {@code toString()}. Observe the interface for all of them, or one record for one kind:
 * <ul>
 * <li>{@link Connected}: a sign-in stored the connection's tokens (a new connection, or a new sign-in over one);</li>
 * <li>{@link Refreshed}: this node redeemed the refresh token and stored the new tokens;</li>
 * <li>{@link ReauthenticationRequired}: a refresh found that the tokens can no longer be refreshed and marked the
 * connection; the user must sign in to the company again. Fired once, when it is marked, not for each later call
 * that finds it marked;</li>
 * <li>{@link Disconnected}: the application disconnected it ({@link VismaTokens#disconnect}); its tokens are
 * deleted;</li>
 * <li>{@link Refused}: Visma refused this application's client credentials during a refresh. Nothing changed: the
 * connection works again once an operator sets them right.</li>
 * </ul>
 * Each event is fired both to synchronous {@code @Observes} observers, on the thread that did the work (a
 * request, or the job that asked for a token), and to asynchronous {@code @ObservesAsync} ones. An observer that
 * throws is logged and changes nothing: the sign-in or refresh that caused the event still succeeds. Prefer
 * {@code @ObservesAsync} for anything slow, such as mail:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ConnectionMail {
 *     @Inject Customers customers;
 *
 *     void signInAgain(@ObservesAsync VismaConnectionEvent.ReauthenticationRequired event) {
 *         customers.byCompany(event.companyId()).mail("Please sign in to Visma again to connect "
 *                 + event.companyName() + " (" + event.messageId() + ").");
 *     }
 * }
 * }</pre>
 */
public sealed interface VismaConnectionEvent {

    /**
     * The application at Visma.
     *
     * @return the application's client id ({@value VismaIdentityDefinition#CLIENT_ID})
     */
    String clientId();

    /**
     * The Visma user.
     *
     * @return the user's {@code sub}: the same as {@link VismaCallerPrincipal#getSubject()}
     */
    String subject();

    /**
     * The eAccounting company.
     *
     * @return the company's id
     */
    String companyId();

    /**
     * The company's name.
     *
     * @return the name as stored at sign-in; empty when not known
     */
    String companyName();

    /**
     * The connection's status.
     *
     * @return the status once the event's transaction committed
     */
    VismaConnection.Status status();

    /**
     * The message ID that explains the event, listed in {@code docs/reference/messages.md}.
     *
     * @return the ID ({@code VISMAIDnnnn}); empty for {@link Connected}, {@link Refreshed} and
     *         {@link Disconnected}, which need no explanation
     */
    default String messageId() {
        return "";
    }

    /**
     * When the event happened.
     *
     * @return the time by the extension's clock
     */
    Instant time();

    /** A sign-in stored this connection's tokens: a new connection, or a new sign-in to the same company. */
    record Connected(String clientId, String subject, String companyId, String companyName, Instant time)
            implements VismaConnectionEvent {

        /** {@link VismaConnection.Status#ACTIVE}. */
        @Override
        public VismaConnection.Status status() {
            return VismaConnection.Status.ACTIVE;
        }
    }

    /**
     * This node redeemed the connection's refresh token and stored the new tokens. A refresh another node did is
     * fired on that node, not again here.
     */
    record Refreshed(String clientId, String subject, String companyId, String companyName, Instant time)
            implements VismaConnectionEvent {

        /** {@link VismaConnection.Status#ACTIVE}. */
        @Override
        public VismaConnection.Status status() {
            return VismaConnection.Status.ACTIVE;
        }
    }

    /**
     * A refresh marked the connection {@link VismaConnection.Status#REAUTHENTICATION_REQUIRED}: Visma refused the
     * refresh token (the user changed the password, was locked, or removed the app: {@code VISMAID4002}), its
     * answer was not for this user ({@code VISMAID4005}), or the new tokens could not be saved
     * ({@code VISMAID4004}). Tell the user to sign in to the company again; until then no token is handed out.
     *
     * @param reason why, in words for an operator or a mail; no token and no infrastructure detail
     */
    record ReauthenticationRequired(String clientId, String subject, String companyId, String companyName,
                                    String messageId, String reason, Instant time) implements VismaConnectionEvent {

        /** {@link VismaConnection.Status#REAUTHENTICATION_REQUIRED}. */
        @Override
        public VismaConnection.Status status() {
            return VismaConnection.Status.REAUTHENTICATION_REQUIRED;
        }
    }

    /**
     * The application disconnected the connection: its tokens are deleted on every node.
     *
     * @param revokedAtVisma whether Visma confirmed the revocation of the refresh token
     */
    record Disconnected(String clientId, String subject, String companyId, String companyName,
                        boolean revokedAtVisma, Instant time) implements VismaConnectionEvent {

        /** {@link VismaConnection.Status#REVOKED}. */
        @Override
        public VismaConnection.Status status() {
            return VismaConnection.Status.REVOKED;
        }
    }

    /**
     * Visma refused this application's client credentials during a refresh ({@code VISMAID4007}). Nothing was
     * changed: the connection stays {@link VismaConnection.Status#ACTIVE} and works again once
     * {@value VismaIdentityDefinition#CLIENT_ID} and {@value VismaIdentityDefinition#CLIENT_SECRET} are right.
     * An operator's problem, not the user's: every connection of the application is refused alike.
     *
     * @param reason why, in words for an operator; no token and no infrastructure detail
     */
    record Refused(String clientId, String subject, String companyId, String companyName, String messageId,
                   String reason, Instant time) implements VismaConnectionEvent {

        /** {@link VismaConnection.Status#ACTIVE}: nothing was changed. */
        @Override
        public VismaConnection.Status status() {
            return VismaConnection.Status.ACTIVE;
        }
    }
}
