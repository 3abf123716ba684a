package io.github.vismaidentity.config;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The extension's configuration, read once from MicroProfile Config and the annotation, validated, and
 * immutable afterwards. {@link #toString()} never shows the client secret or the encryption key.
 *
 * @param scope the full scope sent on every authorization request: {@code openid offline_access ea:api}
 *              followed by the configured selectable scopes, without duplicates
 * @param redirectUri empty when the app's own {@code /visma/callback} is used
 * @param encryptionKey the 32-byte AES key, empty when none is configured
 * @param previousEncryptionKeys earlier keys of a rotation: still read, never written
 * @param refreshSkew   a handed-out access token stays valid at least this long
 * @param rateLimitMaxWait the longest wait on HTTP 429 the Bearer filter sits out before it tries once more;
 *                         zero: never
 * @param createTable   whether the token store creates its tables when they are missing; when false it issues
 *                      no DDL, and missing or unfit tables fail the deployment
 * @param errorPath     the application's own error page, a path relative to its context root; empty: the
 *                      extension's built-in page
 */
public record VismaIdentitySettings(
        ClientID clientId,
        Secret clientSecret,
        Issuer issuer,
        URI apiBaseUri,
        Optional<URI> redirectUri,
        Scope scope,
        Optional<String> prompt,
        CompanySelection companySelection,
        ClientAuthentication clientAuthentication,
        String dataSource,
        Optional<EncryptionKey> encryptionKey,
        List<EncryptionKey> previousEncryptionKeys,
        Duration clockSkew,
        Duration connectTimeout,
        Duration readTimeout,
        Duration defaultExpiresIn,
        Duration refreshSkew,
        Duration rateLimitMaxWait,
        String callerNameClaim,
        Set<String> callerGroups,
        boolean endSessionAtVisma,
        EndpointOverrides endpoints,
        boolean createTable,
        Optional<String> errorPath) {

    /**
     * Settings with the token store's tables created when missing ({@code visma.identity.create-table}) and the
     * built-in error page.
     */
    public VismaIdentitySettings(ClientID clientId, Secret clientSecret, Issuer issuer, URI apiBaseUri,
                                 Optional<URI> redirectUri, Scope scope, Optional<String> prompt,
                                 CompanySelection companySelection, ClientAuthentication clientAuthentication,
                                 String dataSource, Optional<EncryptionKey> encryptionKey,
                                 List<EncryptionKey> previousEncryptionKeys, Duration clockSkew,
                                 Duration connectTimeout, Duration readTimeout, Duration defaultExpiresIn,
                                 Duration refreshSkew, Duration rateLimitMaxWait, String callerNameClaim,
                                 Set<String> callerGroups, boolean endSessionAtVisma, EndpointOverrides endpoints) {
        this(clientId, clientSecret, issuer, apiBaseUri, redirectUri, scope, prompt, companySelection,
                clientAuthentication, dataSource, encryptionKey, previousEncryptionKeys, clockSkew, connectTimeout,
                readTimeout, defaultExpiresIn, refreshSkew, rateLimitMaxWait, callerNameClaim, callerGroups,
                endSessionAtVisma, endpoints, true, Optional.empty());
    }

    /** These settings with the application's own error page at {@code path}; empty: the built-in page. */
    public VismaIdentitySettings withErrorPath(Optional<String> path) {
        return new VismaIdentitySettings(clientId, clientSecret, issuer, apiBaseUri, redirectUri, scope, prompt,
                companySelection, clientAuthentication, dataSource, encryptionKey, previousEncryptionKeys, clockSkew,
                connectTimeout, readTimeout, defaultExpiresIn, refreshSkew, rateLimitMaxWait, callerNameClaim,
                callerGroups, endSessionAtVisma, endpoints, createTable, path);
    }

    /**
     * The default of {@link #rateLimitMaxWait}: 10 s. The filter waits on the caller's thread, often one
     * serving a page, and a page held for most of Visma's one-minute window is worse than an error the
     * application can show; 10 s still sits out the common case, a burst that ends near the window's end.
     */
    public static final Duration DEFAULT_RATE_LIMIT_MAX_WAIT = Duration.ofSeconds(10);

    /**
     * The default clock skew on ID tokens, the most allowed: a token's time is enforced only at sign-in (a
     * refresh's only warns), where the token comes straight from the token endpoint and its nonce binds it to
     * one sign-in, so tolerating Visma's clock 5 minutes off this server's costs no security, while refusing
     * would keep every user out until someone sets a clock right.
     */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    /** Endpoints configured by hand, for a provider without discovery; each empty one comes from discovery. */
    public record EndpointOverrides(
            Optional<URI> authorizationEndpoint,
            Optional<URI> tokenEndpoint,
            Optional<URI> jwksUri,
            Optional<URI> endSessionEndpoint) {

        /** No overrides: everything from discovery. */
        public static EndpointOverrides none() {
            return new EndpointOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The longest a caller waits for another thread's refresh of the same token set before it gets
     * {@code VISMAID4030}: 4 &times; (connect timeout + read timeout), 60 s with the defaults. A refresh
     * calls Visma at most four times in a row (discovery when not known yet, the token request and its one
     * retry, the signing keys), each bounded by the read timeout from sending to the answer's last byte, so
     * this leaves the connect timeouts' worth for the database.
     */
    public Duration refreshWaitBound() {
        return connectTimeout.plus(readTimeout).multipliedBy(4);
    }

    @Override
    public String toString() {
        return "VismaIdentitySettings[clientId=" + clientId + ", issuer=" + issuer + ", apiBaseUri=" + apiBaseUri
                + ", redirectUri=" + redirectUri.map(URI::toString).orElse("(the app's /visma/callback)")
                + ", scope=" + scope + ", prompt=" + prompt.orElse("(none)") + ", companySelection=" + companySelection
                + ", clientAuthentication=" + clientAuthentication + ", dataSource=" + dataSource
                + ", encryptionKey=" + (encryptionKey.isPresent() ? "(set)" : "(none)")
                + ", previousEncryptionKeys=" + previousEncryptionKeys.size() + ", clockSkew=" + clockSkew
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", defaultExpiresIn=" + defaultExpiresIn + ", refreshSkew=" + refreshSkew
                + ", rateLimitMaxWait=" + rateLimitMaxWait
                + ", callerNameClaim=" + callerNameClaim
                + ", callerGroups=" + callerGroups + ", endSessionAtVisma=" + endSessionAtVisma
                + ", endpoints=" + endpoints + ", createTable=" + createTable
                + ", errorPath=" + errorPath.orElse("(the built-in page)") + "]";
    }
}
