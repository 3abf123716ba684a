package io.github.vismaidentity.config;

import static io.github.vismaidentity.config.VismaSetting.API_BASE_URL;
import static io.github.vismaidentity.config.VismaSetting.AUTHORIZATION_ENDPOINT;
import static io.github.vismaidentity.config.VismaSetting.CALLER_GROUPS;
import static io.github.vismaidentity.config.VismaSetting.CALLER_NAME_CLAIM;
import static io.github.vismaidentity.config.VismaSetting.CLIENT_AUTH;
import static io.github.vismaidentity.config.VismaSetting.CLIENT_ID;
import static io.github.vismaidentity.config.VismaSetting.CLIENT_SECRET;
import static io.github.vismaidentity.config.VismaSetting.CLOCK_SKEW;
import static io.github.vismaidentity.config.VismaSetting.COMPANY_SELECTION;
import static io.github.vismaidentity.config.VismaSetting.CONNECT_TIMEOUT;
import static io.github.vismaidentity.config.VismaSetting.CREATE_TABLE;
import static io.github.vismaidentity.config.VismaSetting.DATASOURCE;
import static io.github.vismaidentity.config.VismaSetting.DEFAULT_EXPIRES_IN;
import static io.github.vismaidentity.config.VismaSetting.END_SESSION_AT_VISMA;
import static io.github.vismaidentity.config.VismaSetting.END_SESSION_ENDPOINT;
import static io.github.vismaidentity.config.VismaSetting.ERROR_PATH;
import static io.github.vismaidentity.config.VismaSetting.ISSUER;
import static io.github.vismaidentity.config.VismaSetting.JWKS_URI;
import static io.github.vismaidentity.config.VismaSetting.PROMPT;
import static io.github.vismaidentity.config.VismaSetting.RATE_LIMIT_MAX_WAIT;
import static io.github.vismaidentity.config.VismaSetting.READ_TIMEOUT;
import static io.github.vismaidentity.config.VismaSetting.REDIRECT_URI;
import static io.github.vismaidentity.config.VismaSetting.REFRESH_SKEW;
import static io.github.vismaidentity.config.VismaSetting.SCOPES;
import static io.github.vismaidentity.config.VismaSetting.TOKEN_ENDPOINT;

import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.config.UrlRules.Kind;
import io.github.vismaidentity.config.VismaIdentitySettings.EndpointOverrides;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the extension's configuration once, at deployment, from MicroProfile Config and
 * {@link VismaIdentityDefinition @VismaIdentityDefinition}, and validates all of it.
 *
 * <p>Each value is taken from MicroProfile Config if set, else from the annotation's attribute if set, else
 * from the default; a blank value counts as not set. Environment variables are MicroProfile Config's business:
 * with its default sources, {@code VISMA_IDENTITY_CLIENT_ID} sets {@code visma.identity.client-id}, because
 * MicroProfile Config also looks the key up with every non-alphanumeric character replaced by {@code _} and
 * in upper case. This class only sees the lookup function.
 *
 * <p>A configuration that cannot work fails with one {@link ConfigurationProblems} that lists every problem
 * found; {@link #warnings} gives what works but deserves attention. No message ever contains the client
 * secret or the encryption key.
 */
public final class SettingsReader {

    private SettingsReader() {
    }

    /**
     * Reads and validates the configuration.
     *
     * @param annotation the application's annotation, or null to use every attribute's default
     * @param config     MicroProfile Config's lookup, for example
     *                   {@code key -> config.getOptionalValue(key, String.class)}
     * @return the settings, ready to use
     * @throws ConfigurationProblems with every problem found, each with a {@code VISMAID1xxx} message ID
     */
    public static VismaIdentitySettings read(VismaIdentityDefinition annotation,
            Function<String, Optional<String>> config) {
        Objects.requireNonNull(config, "config");
        Lookup lookup = new Lookup(annotation, config);
        Problems problems = new Problems();

        Optional<Setting> clientId = clientId(lookup, problems);
        Optional<Setting> secret = clientSecret(lookup, problems);
        URI issuer = url(lookup.string(ISSUER), Kind.ISSUER, VismaIdentityDefinition.VISMA_ISSUER, problems);
        Optional<Setting> apiSetting = lookup.string(API_BASE_URL);
        URI api = url(apiSetting, Kind.API, VismaIdentityDefinition.VISMA_API_BASE_URL, problems);
        Optional<URI> redirect = optionalUrl(lookup.string(REDIRECT_URI), Kind.REDIRECT, problems);
        EndpointOverrides endpoints = endpoints(lookup, problems);
        MixedHttpRule.check(issuer, List.of(apiSetting, lookup.fromConfig(AUTHORIZATION_ENDPOINT),
                lookup.fromConfig(TOKEN_ENDPOINT), lookup.fromConfig(JWKS_URI), lookup.fromConfig(END_SESSION_ENDPOINT)),
                problems);

        var scope = ScopeRules.scope(lookup.list(SCOPES), problems);
        Optional<String> prompt = ChoiceRules.prompt(lookup.string(PROMPT), problems);
        CompanySelection companySelection = ChoiceRules.choice(lookup.string(COMPANY_SELECTION),
                CompanySelection.class,
                CompanySelection.DEFAULT, problems);
        ClientAuthentication clientAuthentication = ChoiceRules.choice(lookup.string(CLIENT_AUTH),
                ClientAuthentication.class,
                ClientAuthentication.BASIC, problems);
        boolean endSession = ChoiceRules.flag(lookup.fromConfig(END_SESSION_AT_VISMA), problems);
        boolean createTable = ChoiceRules.flag(lookup.fromConfig(CREATE_TABLE), true, problems);

        String dataSource = name(lookup, DATASOURCE, "the JNDI name of a JTA datasource", problems);
        String callerNameClaim = name(lookup, CALLER_NAME_CLAIM, "the name of an ID token claim", problems);
        Set<String> callerGroups = lookup.list(CALLER_GROUPS)
                .map(setting -> Collections.unmodifiableSet(new LinkedHashSet<>(setting.items())))
                .orElse(Set.of());
        Optional<String> errorPath = lookup.string(ERROR_PATH)
                .flatMap(setting -> ErrorPathRule.check(setting, problems));
        Optional<EncryptionKey> key = KeyRules.read(lookup, issuer, problems);
        List<EncryptionKey> previousKeys = KeyRules.readPrevious(lookup, problems);

        var clockSkew = duration(lookup, CLOCK_SKEW, problems);
        var connectTimeout = duration(lookup, CONNECT_TIMEOUT, problems);
        var readTimeout = duration(lookup, READ_TIMEOUT, problems);
        var defaultExpiresIn = duration(lookup, DEFAULT_EXPIRES_IN, problems);
        var refreshSkew = duration(lookup, REFRESH_SKEW, problems);
        var rateLimitMaxWait = duration(lookup, RATE_LIMIT_MAX_WAIT, problems);

        problems.throwIfAny();
        return new VismaIdentitySettings(new ClientID(clientId.get().text()), new Secret(secret.get().text()),
                new Issuer(issuer), UrlRules.asBase(api), redirect, scope, prompt, companySelection,
                clientAuthentication, dataSource, key, previousKeys, clockSkew, connectTimeout, readTimeout, defaultExpiresIn,
                refreshSkew, rateLimitMaxWait, callerNameClaim, callerGroups, endSession, endpoints, createTable, errorPath);
    }

    /**
     * What works but deserves attention, for the deployment log: today {@code VISMAID1101}, no encryption key
     * (tokens stored in plaintext), which {@link #read} allows only when the issuer is on this machine.
     *
     * @param settings settings from {@link #read}
     * @return the warnings, empty when there is nothing to say
     */
    public static List<ConfigProblem> warnings(VismaIdentitySettings settings) {
        return KeyRules.warning(settings).stream().toList();
    }

    private static Optional<Setting> clientId(Lookup lookup, Problems problems) {
        Optional<Setting> clientId = lookup.string(CLIENT_ID);
        if (clientId.isEmpty()) {
            problems.add(Problems.NO_CLIENT_ID, "No client id. Set " + Problems.named(CLIENT_ID.key())
                    + " to the client id Visma gave you, or " + CLIENT_ID.attribute().orElseThrow()
                    + " on @VismaIdentityDefinition.");
        }
        return clientId;
    }

    /** Only from MicroProfile Config: a secret in an annotation would end up in source control. */
    private static Optional<Setting> clientSecret(Lookup lookup, Problems problems) {
        Optional<Setting> secret = lookup.fromConfig(CLIENT_SECRET);
        if (secret.isEmpty()) {
            problems.add(Problems.NO_CLIENT_SECRET, "No client secret. Set " + Problems.named(CLIENT_SECRET.key())
                    + " to the client secret Visma gave you; it is never read from @VismaIdentityDefinition,"
                    + " so that it stays out of source code.");
        }
        return secret;
    }

    private static EndpointOverrides endpoints(Lookup lookup, Problems problems) {
        return new EndpointOverrides(
                optionalUrl(lookup.fromConfig(AUTHORIZATION_ENDPOINT), Kind.ENDPOINT, problems),
                optionalUrl(lookup.fromConfig(TOKEN_ENDPOINT), Kind.ENDPOINT, problems),
                optionalUrl(lookup.fromConfig(JWKS_URI), Kind.ENDPOINT, problems),
                optionalUrl(lookup.fromConfig(END_SESSION_ENDPOINT), Kind.ENDPOINT, problems));
    }

    /** The checked URL, the default when not set, null after reporting a problem. */
    private static URI url(Optional<Setting> setting, Kind kind, String fallback, Problems problems) {
        return setting.isEmpty() ? URI.create(fallback) : UrlRules.check(setting.get(), kind, problems);
    }

    private static Optional<URI> optionalUrl(Optional<Setting> setting, Kind kind, Problems problems) {
        return setting.map(value -> UrlRules.check(value, kind, problems));
    }

    /**
     * A name with a non-empty default, the attribute's own: a blank attribute is reported rather than taken as
     * "the default".
     */
    private static String name(Lookup lookup, VismaSetting name, String what, Problems problems) {
        Optional<Setting> setting = lookup.string(name);
        if (setting.isPresent()) {
            return setting.get().text();
        }
        String fallback = (String) name.attributeMethod().getDefaultValue();
        if (lookup.blankInAnnotation(name)) {
            problems.add(Problems.BLANK_NAME, name.attribute().orElseThrow() + " on @VismaIdentityDefinition is "
                    + "blank; it must be " + what + ". Set it, set " + Problems.named(name.key())
                    + ", or remove the attribute for the default, " + fallback + ".");
        }
        return fallback;
    }

    private static Duration duration(Lookup lookup, VismaSetting setting, Problems problems) {
        return setting.duration().orElseThrow().read(lookup.fromConfig(setting), problems);
    }
}
