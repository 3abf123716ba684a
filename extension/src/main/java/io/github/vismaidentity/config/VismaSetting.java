package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every {@code visma.identity.*} setting, once: its key (the constant of {@link VismaIdentityDefinition}), the
 * annotation attribute that sets it too, and what a user reads about it. {@link SettingsReader} reads the
 * settings through these constants, and {@code docs/reference/configuration.md} is rendered from them (a test
 * fails when the page and this enum differ). Type, default, range and effect are written for that page and may
 * hold Markdown code spans.
 */
public enum VismaSetting {

    /** {@value VismaIdentityDefinition#CLIENT_ID}. */
    CLIENT_ID(VismaIdentityDefinition.CLIENT_ID, "clientId", "text", "none (required)", "",
            "The client id Visma registered for the app."),
    /** {@value VismaIdentityDefinition#CLIENT_SECRET}. */
    CLIENT_SECRET(VismaIdentityDefinition.CLIENT_SECRET, ConfigOnly.SECRET, "text", "none (required)", "",
            "The client secret Visma gave you."),
    /** {@value VismaIdentityDefinition#ISSUER}. */
    ISSUER(VismaIdentityDefinition.ISSUER, "issuer", "URL", "`" + VismaIdentityDefinition.VISMA_ISSUER + "`",
            "https, no query, no fragment; plain http only on `localhost`, `127.0.0.1`, `[::1]` (the emulator)",
            "The OpenID Connect issuer, exactly as its discovery document and ID tokens name it (no trailing slash "
                    + "for Visma's)."),
    /** {@value VismaIdentityDefinition#API_BASE_URL}. */
    API_BASE_URL(VismaIdentityDefinition.API_BASE_URL, "apiBaseUrl", "URL",
            "`" + VismaIdentityDefinition.VISMA_API_BASE_URL + "`",
            "https, no query, no fragment, not `/v1/`; plain http only on this machine and only while the issuer "
                    + "is on this machine too",
            "The eAccounting API, which the extension asks at sign-in which company the token belongs to, and "
                    + "which the injected eAccounting client calls; a missing trailing `/` is added."),
    /** {@value VismaIdentityDefinition#REDIRECT_URI}. */
    REDIRECT_URI(VismaIdentityDefinition.REDIRECT_URI, "redirectUri", "URL",
            "none: the app's own `" + VismaIdentityDefinition.DEFAULT_CALLBACK_PATH
                    + "` on the scheme, host and port the browser used",
            "no fragment; its path leads into this application, context root included",
            "The redirect URI registered at Visma. Set it when a proxy changes the host, port or scheme."),
    /** {@value VismaIdentityDefinition#SCOPES}. */
    SCOPES(VismaIdentityDefinition.SCOPES, "scopes", "list", "none: only `openid offline_access ea:api`",
            "scope names Visma's identity server knows, such as `ea:sales_readonly`; case-sensitive",
            "The scopes the app needs besides `openid offline_access ea:api`, which are always sent first; "
                    + "separated by spaces and/or commas."),
    /** {@value VismaIdentityDefinition#PROMPT}. */
    PROMPT(VismaIdentityDefinition.PROMPT, "prompt", "list of " + String.join("|", ChoiceRules.PROMPTS),
            "none sent", "`none` only alone",
            "The OpenID Connect `prompt` sent on every sign-in."),
    /** {@value VismaIdentityDefinition#COMPANY_SELECTION}. */
    COMPANY_SELECTION(VismaIdentityDefinition.COMPANY_SELECTION, "companySelection",
            choiceOf(CompanySelection.class), "`" + word(CompanySelection.DEFAULT) + "`", "",
            "`default`: Visma shows its company picker when it sees fit; `always`: on every sign-in."),
    /** {@value VismaIdentityDefinition#CLIENT_AUTH}. */
    CLIENT_AUTH(VismaIdentityDefinition.CLIENT_AUTH, "clientAuthentication", choiceOf(ClientAuthentication.class),
            "`" + word(ClientAuthentication.BASIC) + "`", "",
            "How the app authenticates at the token endpoint: `basic` (`client_secret_basic`) or `post` "
                    + "(`client_secret_post`)."),
    /** {@value VismaIdentityDefinition#DATASOURCE}. */
    DATASOURCE(VismaIdentityDefinition.DATASOURCE, "dataSource", "JNDI name", "`java:comp/DefaultDataSource`",
            "not blank",
            "The JTA datasource that holds the token sets; looked up on first use, not at deployment."),
    /** {@value VismaIdentityDefinition#CREATE_TABLE}. */
    CREATE_TABLE(VismaIdentityDefinition.CREATE_TABLE, ConfigOnly.VALUE, "boolean", "`true`", "",
            "Whether the token store creates its tables when they are missing; with `false` it issues no DDL, and "
                    + "missing or unfit tables fail the deployment with the SQL to run."),
    /** {@value VismaIdentityDefinition#ENCRYPTION_KEY}. */
    ENCRYPTION_KEY(VismaIdentityDefinition.ENCRYPTION_KEY, ConfigOnly.SECRET, "Base64 key",
            "none (required unless the issuer is on this machine)",
            "32 bytes, standard or URL-safe Base64",
            "Encrypts tokens at rest; the sign-in cookie's key is derived from it. Make one with "
                    + "`openssl rand -base64 32`, once."),
    /** {@value VismaIdentityDefinition#PREVIOUS_ENCRYPTION_KEYS}. */
    PREVIOUS_ENCRYPTION_KEYS(VismaIdentityDefinition.PREVIOUS_ENCRYPTION_KEYS, ConfigOnly.SECRET, "list of Base64 keys",
            "none", "each 32 bytes",
            "Earlier encryption keys, for a key rotation: tokens stored under them are still read, and written "
                    + "again under the current key on their next refresh or sign-in."),
    /** {@value VismaIdentityDefinition#CLOCK_SKEW}. */
    CLOCK_SKEW(VismaIdentityDefinition.CLOCK_SKEW, new DurationRule(VismaIdentitySettings.DEFAULT_CLOCK_SKEW,
            ChronoUnit.SECONDS, Duration.ZERO, Duration.ofMinutes(5), "0 to 5 minutes (PT0S to PT5M)"),
            "The clock difference between Visma and this server tolerated on an ID token's `exp` and `iat` at "
                    + "sign-in."),
    /** {@value VismaIdentityDefinition#CONNECT_TIMEOUT}. */
    CONNECT_TIMEOUT(VismaIdentityDefinition.CONNECT_TIMEOUT, new DurationRule(Duration.ofSeconds(5),
            ChronoUnit.MILLIS, Duration.ofMillis(1), Duration.ofMinutes(2),
            "1 millisecond to 2 minutes (PT0.001S to PT2M)"),
            "The connect timeout of calls to Visma."),
    /** {@value VismaIdentityDefinition#READ_TIMEOUT}. */
    READ_TIMEOUT(VismaIdentityDefinition.READ_TIMEOUT, new DurationRule(Duration.ofSeconds(10),
            ChronoUnit.MILLIS, Duration.ofMillis(1), Duration.ofMinutes(2),
            "1 millisecond to 2 minutes (PT0.001S to PT2M)"),
            "The longest a call to Visma may take, from sending the request to the last byte of the answer."),
    /** {@value VismaIdentityDefinition#DEFAULT_EXPIRES_IN}. */
    DEFAULT_EXPIRES_IN(VismaIdentityDefinition.DEFAULT_EXPIRES_IN, new DurationRule(Duration.ofMinutes(5),
            ChronoUnit.SECONDS, Duration.ofSeconds(1), Duration.ofHours(24), "1 second to 24 hours (PT1S to PT24H)"),
            "The access token lifetime assumed when a token response has no `expires_in`."),
    /** {@value VismaIdentityDefinition#REFRESH_SKEW}. */
    REFRESH_SKEW(VismaIdentityDefinition.REFRESH_SKEW, new DurationRule(Duration.ofSeconds(60),
            ChronoUnit.SECONDS, Duration.ZERO, Duration.ofMinutes(10), "0 to 10 minutes (PT0S to PT10M)"),
            "A handed-out access token stays valid at least this long, else it is refreshed first."),
    /** {@value VismaIdentityDefinition#RATE_LIMIT_MAX_WAIT}. */
    RATE_LIMIT_MAX_WAIT(VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT, new DurationRule(
            VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT, ChronoUnit.SECONDS, Duration.ZERO,
            Duration.ofMinutes(2), "0 to 2 minutes (PT0S to PT2M)"),
            "The longest wait on HTTP 429 the Bearer filter sits out before it sends the call once more; a longer "
                    + "wait fails at once with `VismaRateLimitedException`; `0`: never wait."),
    /** {@value VismaIdentityDefinition#CALLER_NAME_CLAIM}. */
    CALLER_NAME_CLAIM(VismaIdentityDefinition.CALLER_NAME_CLAIM, "callerNameClaim", "claim name", "`sub`",
            "not blank",
            "The ID token claim that names the caller (`getName()`); `sub` when the ID token has no such claim as "
                    + "a non-empty string."),
    /** {@value VismaIdentityDefinition#CALLER_GROUPS}. */
    CALLER_GROUPS(VismaIdentityDefinition.CALLER_GROUPS, "callerGroups", "list", "none", "",
            "Groups every signed-in caller gets, separated by spaces and/or commas: the roles of "
                    + "`<auth-constraint>` and `@RolesAllowed`."),
    /** {@value VismaIdentityDefinition#ERROR_PATH}. */
    ERROR_PATH(VismaIdentityDefinition.ERROR_PATH, "errorPath", "path", "none: the built-in page",
            "from the context root, such as `/visma-error`; no scheme, host, query, fragment, `.`, `..` or `%`; "
                    + "not under `/visma/`",
            "The application's own error page: a refused sign-in or sign-out and a token failure escaping a page "
                    + "are forwarded there with the request attributes of `VismaError`."),
    /** {@value VismaIdentityDefinition#END_SESSION_AT_VISMA}. */
    END_SESSION_AT_VISMA(VismaIdentityDefinition.END_SESSION_AT_VISMA, ConfigOnly.VALUE, "boolean", "`false`", "",
            "On sign-out, also end the session at Visma, when discovery or the end-session endpoint setting names "
                    + "one."),
    /** {@value VismaIdentityDefinition#AUTHORIZATION_ENDPOINT}. */
    AUTHORIZATION_ENDPOINT(VismaIdentityDefinition.AUTHORIZATION_ENDPOINT, ConfigOnly.VALUE, "URL", "from discovery",
            Endpoint.RANGE, "Overrides the authorization endpoint."),
    /** {@value VismaIdentityDefinition#TOKEN_ENDPOINT}. */
    TOKEN_ENDPOINT(VismaIdentityDefinition.TOKEN_ENDPOINT, ConfigOnly.VALUE, "URL", "from discovery", Endpoint.RANGE,
            "Overrides the token endpoint."),
    /** {@value VismaIdentityDefinition#JWKS_URI}. */
    JWKS_URI(VismaIdentityDefinition.JWKS_URI, ConfigOnly.VALUE, "URL", "from discovery", Endpoint.RANGE,
            "Overrides the JWKS URI."),
    /** {@value VismaIdentityDefinition#END_SESSION_ENDPOINT}. */
    END_SESSION_ENDPOINT(VismaIdentityDefinition.END_SESSION_ENDPOINT, ConfigOnly.VALUE, "URL", "from discovery",
            Endpoint.RANGE, "Overrides the end-session endpoint.");

    /** The part every key starts with. */
    public static final String PREFIX = "visma.identity.";

    private final String key;
    private final String attribute;
    private final String type;
    private final String defaultValue;
    private final String range;
    private final boolean secret;
    private final String effect;
    private final DurationRule duration;

    VismaSetting(String key, String attribute, String type, String defaultValue, String range, String effect) {
        this(key, attribute, type, defaultValue, range, false, effect, null);
    }

    /** A setting without an attribute; a secret never has one, which would put it in source control. */
    VismaSetting(String key, ConfigOnly only, String type, String defaultValue, String range, String effect) {
        this(key, null, type, defaultValue, range, only == ConfigOnly.SECRET, effect, null);
    }

    /** Durations only come from MicroProfile Config; type, default and range are the rule's. */
    VismaSetting(String key, DurationRule duration, String effect) {
        this(key, null, "duration: ISO-8601 or whole " + duration.unitName(), "`" + duration.fallback() + "`",
                duration.range(), false, effect, duration);
    }

    VismaSetting(String key, String attribute, String type, String defaultValue, String range, boolean secret,
            String effect, DurationRule duration) {
        this.key = key;
        this.attribute = attribute;
        this.type = type;
        this.defaultValue = defaultValue;
        this.range = range;
        this.secret = secret;
        this.effect = effect;
        this.duration = duration;
    }

    /** The MicroProfile Config key, such as {@code visma.identity.client-id}. */
    public String key() {
        return key;
    }

    /** The key without {@link #PREFIX}, such as {@code client-id}. */
    public String shortKey() {
        return key.substring(PREFIX.length());
    }

    /**
     * The environment variable MicroProfile Config also reads for the key: every character that is not a letter
     * or a digit becomes {@code _}, then all is upper case ({@code VISMA_IDENTITY_CLIENT_ID}).
     */
    public String environmentVariable() {
        return Problems.environmentVariable(key);
    }

    /** The {@code @VismaIdentityDefinition} attribute that sets it too; empty when only MicroProfile Config does. */
    public Optional<String> attribute() {
        return Optional.ofNullable(attribute);
    }

    /** The type as a user reads it: text, URL, list, duration, a choice of words, boolean, Base64 key. */
    public String type() {
        return type;
    }

    /** The default as a user reads it, or what happens when it is not set. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The values allowed beyond the type; empty when the type says it all. */
    public String range() {
        return range;
    }

    /** Whether the value is a secret: only from MicroProfile Config, never in a message or the log. */
    public boolean secret() {
        return secret;
    }

    /** What the setting does, in a sentence or two. */
    public String effect() {
        return effect;
    }

    /** How a duration setting is read; empty for the others. */
    Optional<DurationRule> duration() {
        return Optional.ofNullable(duration);
    }

    /** Whether the annotation attribute is an array, read as a list of items. */
    boolean isListAttribute() {
        return attribute != null && attributeMethod().getReturnType() == String[].class;
    }

    /**
     * The attribute's value as text: array elements joined by spaces, an enum constant by its name; empty when
     * there is no annotation or the setting has no attribute. Not stripped: blank is the caller's call.
     */
    Optional<String> annotationValue(VismaIdentityDefinition annotation) {
        if (annotation == null || attribute == null) {
            return Optional.empty();
        }
        Object value = invoke(annotation);
        if (value instanceof String[] items) {
            return Optional.of(String.join(" ", items));
        }
        return Optional.of(value instanceof Enum<?> constant ? constant.name() : (String) value);
    }

    /**
     * Whether the annotation leaves the attribute at its declared default: an annotation cannot tell a default
     * from the same value written out, and both mean the default.
     */
    boolean atAnnotationDefault(VismaIdentityDefinition annotation) {
        return annotation == null || attribute == null
                || Objects.deepEquals(invoke(annotation), attributeMethod().getDefaultValue());
    }

    private Object invoke(VismaIdentityDefinition annotation) {
        try {
            return attributeMethod().invoke(annotation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + attribute + " on @VismaIdentityDefinition", e);
        }
    }

    /** The annotation's method, looked up by name so that the name is written once: in this enum. */
    Method attributeMethod() {
        try {
            return VismaIdentityDefinition.class.getMethod(attribute);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@VismaIdentityDefinition has no attribute " + attribute, e);
        }
    }

    private static String choiceOf(Class<? extends Enum<?>> type) {
        return "choice of " + Arrays.stream(type.getEnumConstants()).map(VismaSetting::word)
                .collect(Collectors.joining("|"));
    }

    private static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** A setting that only MicroProfile Config sets: a plain value, or a secret. */
    private enum ConfigOnly { VALUE, SECRET }

    /** What the four endpoint overrides accept. */
    private static final class Endpoint {
        static final String RANGE = "https (plain http only on this machine); a query is allowed";
    }
}
