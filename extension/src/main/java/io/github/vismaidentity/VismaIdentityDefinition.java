package io.github.vismaidentity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns the extension on: put it on any one class of the WAR (an application-scoped bean, the JAX-RS
 * {@code Application}, ...) and the protected pages of the app sign users in through Visma's identity
 * server. Without this annotation the extension's jar does nothing.
 *
 * <p>Every attribute can be overridden through MicroProfile Config under the key named by the constant
 * next to it; the precedence is MicroProfile Config, then this annotation, then the default. Environment
 * variables work as MicroProfile Config maps them: {@code VISMA_IDENTITY_CLIENT_ID} for
 * {@value #CLIENT_ID}. Two values never come from the annotation, because they must not live in source
 * code: the client secret ({@value #CLIENT_SECRET}) and the encryption key ({@value #ENCRYPTION_KEY}).
 * At deployment the log line {@code VISMAID1130} names where each setting came from, never its value. Every
 * key with its environment variable, type, default and range is in the project's
 * {@code docs/reference/configuration.md}.
 *
 * <p>The configuration is validated once, when the application is deployed: every problem is reported
 * together, each with a message ID ({@code VISMAID1xxx}) and the fix, and a bad configuration fails the
 * deployment rather than the first request.
 *
 * <pre>{@code
 * @VismaIdentityDefinition(scopes = {"ea:sales_readonly"})
 * @ApplicationScoped
 * public class VismaSetup {
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VismaIdentityDefinition {

    /** The production issuer, Visma's identity server. */
    String VISMA_ISSUER = "https://identity.vismaonline.com";

    /** The production eAccounting API, version 2. */
    String VISMA_API_BASE_URL = "https://eaccountingapi.vismaonline.com/v2/";

    /** The callback path, relative to the application's context root, used when no redirect URI is set. */
    String DEFAULT_CALLBACK_PATH = "/visma/callback";

    /**
     * The path, relative to the context root, that starts a sign-in: link to it to sign in, or to sign in
     * again into another company. Query parameters: {@code login=true} sends {@code prompt=login} (Visma asks
     * for the password again and the user can choose another company), {@code pick-company=true} shows
     * Visma's company picker, {@code return=/path} is where the user lands afterwards (a path inside the
     * application; anything else lands on the context root). Example:
     * {@code <a href="visma/signin?login=true&return=/companies">Connect another company</a>}.
     */
    String SIGN_IN_PATH = "/visma/signin";

    /**
     * The path, relative to the context root, that signs the user out of the application when a form that
     * carries the session's {@link VismaSignOut} token is POSTed to it; with {@value #END_SESSION_AT_VISMA} the
     * user is then sent to Visma's end-session endpoint. Stored token sets stay: background jobs keep working.
     */
    String SIGN_OUT_PATH = "/visma/signout";

    /** MicroProfile Config key of the client id Visma registered for the app (required): {@value}. */
    String CLIENT_ID = "visma.identity.client-id";

    /** MicroProfile Config key of the client secret (required, never from the annotation): {@value}. */
    String CLIENT_SECRET = "visma.identity.client-secret";

    /** MicroProfile Config key of the issuer: {@value}; default {@value #VISMA_ISSUER}. */
    String ISSUER = "visma.identity.issuer";

    /** MicroProfile Config key of the eAccounting API base URL: {@value}; default {@value #VISMA_API_BASE_URL}. */
    String API_BASE_URL = "visma.identity.api-base-url";

    /**
     * MicroProfile Config key of the redirect URI registered at Visma: {@value}; default the app's own
     * {@value #DEFAULT_CALLBACK_PATH} on the host and port the browser used.
     */
    String REDIRECT_URI = "visma.identity.redirect-uri";

    /**
     * MicroProfile Config key of the selectable scopes, separated by spaces or commas: {@value}; for example
     * {@code ea:sales_readonly ea:accounting}. {@code openid offline_access ea:api} are always added.
     */
    String SCOPES = "visma.identity.scopes";

    /** MicroProfile Config key of the {@code prompt} sent on every sign-in ({@code login}, ...; default none): {@value}. */
    String PROMPT = "visma.identity.prompt";

    /** MicroProfile Config key of the company selection, {@code default} or {@code always}: {@value}. */
    String COMPANY_SELECTION = "visma.identity.company-selection";

    /** MicroProfile Config key of the client authentication, {@code basic} (default) or {@code post}: {@value}. */
    String CLIENT_AUTH = "visma.identity.client-auth";

    /**
     * MicroProfile Config key of the JNDI name of the JTA datasource for token sets: {@value}; default
     * {@code java:comp/DefaultDataSource}.
     */
    String DATASOURCE = "visma.identity.datasource";

    /**
     * MicroProfile Config key of the key that encrypts tokens at rest and the sign-in cookie, 32 bytes in
     * Base64 (make one with {@code openssl rand -base64 32}): {@value}.
     */
    String ENCRYPTION_KEY = "visma.identity.encryption-key";

    /**
     * MicroProfile Config key of earlier encryption keys, separated by commas and/or spaces, for a key rotation: tokens
     * stored under them are still read, and written again under {@value #ENCRYPTION_KEY} on their next
     * refresh or sign-in: {@value}.
     */
    String PREVIOUS_ENCRYPTION_KEYS = "visma.identity.previous-encryption-keys";

    /**
     * MicroProfile Config key of the clock skew tolerated on ID tokens at sign-in, an ISO-8601 duration or seconds,
     * 0 to 5 minutes: {@value}; default 5 minutes.
     */
    String CLOCK_SKEW = "visma.identity.clock-skew";

    /**
     * MicroProfile Config key of the connect timeout for calls to Visma, ISO-8601 or milliseconds, 1 ms to 2
     * minutes: {@value}; default 5 s.
     */
    String CONNECT_TIMEOUT = "visma.identity.connect-timeout";

    /**
     * MicroProfile Config key of the read timeout for calls to Visma, the whole exchange up to the last byte of
     * the answer, ISO-8601 or milliseconds, 1 ms to 2 minutes: {@value}; default 10 s.
     */
    String READ_TIMEOUT = "visma.identity.read-timeout";

    /**
     * MicroProfile Config key of the refresh skew: a handed-out access token stays valid at least this long,
     * else it is refreshed first; an ISO-8601 duration or seconds, 0 to 10 minutes: {@value}; default 60 s.
     */
    String REFRESH_SKEW = "visma.identity.refresh-skew";

    /**
     * MicroProfile Config key of the longest wait the Bearer filter sits out on HTTP 429 before it sends the
     * call once more; a longer wait fails at once with {@code VismaRateLimitedException}; an ISO-8601 duration
     * or seconds, 0 (never wait) to 2 minutes: {@value}; default 10 s.
     */
    String RATE_LIMIT_MAX_WAIT = "visma.identity.rate-limit-max-wait";

    /**
     * MicroProfile Config key of the access token lifetime assumed when a token response has no
     * {@code expires_in}, an ISO-8601 duration or seconds, 1 second to 24 hours: {@value}; default 5 minutes.
     */
    String DEFAULT_EXPIRES_IN = "visma.identity.default-expires-in";

    /**
     * MicroProfile Config key of the ID token claim that names the caller: {@value}; default {@code sub}, the
     * user's id at Visma (a GUID).
     */
    String CALLER_NAME_CLAIM = "visma.identity.caller-name-claim";

    /** MicroProfile Config key of the groups every signed-in caller gets, separated by spaces and/or commas: {@value}. */
    String CALLER_GROUPS = "visma.identity.caller-groups";

    /** MicroProfile Config key: send the user to Visma's end-session endpoint on sign-out ({@code true}/{@code false}): {@value}. */
    String END_SESSION_AT_VISMA = "visma.identity.end-session-at-visma";

    /**
     * MicroProfile Config key: whether the token store creates its tables when they are missing
     * ({@code true}/{@code false}, default {@code true}): {@value}. With {@code false} the extension issues no
     * DDL; a missing table, or one whose columns do not fit, fails the deployment with the SQL to run (the
     * definitions per database are in the jar, {@code io/github/vismaidentity/store/sql/<database>.sql}).
     */
    String CREATE_TABLE = "visma.identity.create-table";

    /**
     * MicroProfile Config key of the application's own error page: {@value}. A path within the application,
     * relative to its context root, such as {@code /visma-error}; no scheme, host, query, fragment or {@code ..}.
     * When set, a refused sign-in and a token failure escaping a page are forwarded there with the request
     * attributes of {@link VismaError}; when not set, the extension's built-in page answers.
     */
    String ERROR_PATH = "visma.identity.error-path";

    /** MicroProfile Config key overriding the authorization endpoint from discovery: {@value}. */
    String AUTHORIZATION_ENDPOINT = "visma.identity.authorization-endpoint";

    /** MicroProfile Config key overriding the token endpoint from discovery: {@value}. */
    String TOKEN_ENDPOINT = "visma.identity.token-endpoint";

    /** MicroProfile Config key overriding the JWKS URI from discovery: {@value}. */
    String JWKS_URI = "visma.identity.jwks-uri";

    /** MicroProfile Config key overriding the end-session endpoint from discovery: {@value}. */
    String END_SESSION_ENDPOINT = "visma.identity.end-session-endpoint";

    /**
     * The client id Visma registered for the app; overridden by {@value #CLIENT_ID}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String clientId() default "";

    /**
     * The issuer; overridden by {@value #ISSUER}. Empty means {@value #VISMA_ISSUER}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String issuer() default "";

    /**
     * The eAccounting API base URL; overridden by {@value #API_BASE_URL}. Empty means {@value #VISMA_API_BASE_URL}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String apiBaseUrl() default "";

    /**
     * The redirect URI; overridden by {@value #REDIRECT_URI}. Empty means the app's own {@value #DEFAULT_CALLBACK_PATH}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String redirectUri() default "";

    /**
     * The selectable {@code ea:} scopes the app needs; overridden by {@value #SCOPES}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String[] scopes() default {};

    /**
     * The {@code prompt} sent on every sign-in; overridden by {@value #PROMPT}. Empty sends none.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String prompt() default "";

    /**
     * Whether Visma's company picker is shown on every sign-in; overridden by {@value #COMPANY_SELECTION}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    CompanySelection companySelection() default CompanySelection.DEFAULT;

    /**
     * How the app authenticates at the token endpoint; overridden by {@value #CLIENT_AUTH}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    ClientAuthentication clientAuthentication() default ClientAuthentication.BASIC;

    /**
     * The JNDI name of the JTA datasource for token sets; overridden by {@value #DATASOURCE}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String dataSource() default "java:comp/DefaultDataSource";

    /**
     * The claim that names the caller; overridden by {@value #CALLER_NAME_CLAIM}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String callerNameClaim() default "sub";

    /**
     * The groups every signed-in caller gets; overridden by {@value #CALLER_GROUPS}.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String[] callerGroups() default {};

    /**
     * The application's own error page, a path within it; overridden by {@value #ERROR_PATH}. Empty: the built-in page.
     *
     * @return the value; the default applies when neither MicroProfile Config nor the attribute sets it
     */
    String errorPath() default "";

    /** When to show Visma's company picker. */
    enum CompanySelection {
        /** Visma decides: the picker appears when the user has several companies and no remembered choice. */
        DEFAULT,
        /** Every sign-in shows the picker ({@code prompt=select_account} with the picker's {@code acr_values}). */
        ALWAYS
    }

    /** How the client authenticates at Visma's token endpoint. */
    enum ClientAuthentication {
        /** HTTP Basic with the form-encoded client id and secret ({@code client_secret_basic}), Visma's own choice. */
        BASIC,
        /** Client id and secret in the form body ({@code client_secret_post}). */
        POST
    }
}
