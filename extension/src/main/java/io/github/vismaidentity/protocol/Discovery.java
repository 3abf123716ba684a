package io.github.vismaidentity.protocol;

import static io.github.vismaidentity.VismaIdentityDefinition.AUTHORIZATION_ENDPOINT;
import static io.github.vismaidentity.VismaIdentityDefinition.ISSUER;
import static io.github.vismaidentity.VismaIdentityDefinition.JWKS_URI;
import static io.github.vismaidentity.VismaIdentityDefinition.TOKEN_ENDPOINT;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.config.VismaIdentitySettings.EndpointOverrides;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the endpoints from the issuer's discovery document (OpenID Connect Discovery 1.0 §4), once; a
 * failed attempt is retried on the next call. The document's {@code issuer} must equal the configured
 * issuer exactly, or the endpoints are refused: a mismatched issuer would let another server mint the ID
 * tokens we trust. When the authorization, token and JWKS endpoints are all configured by hand, no
 * document is fetched.
 */
public final class Discovery {

    /** The discovery document names another issuer: a configuration error, never retried. */
    public static final String ISSUER_MISMATCH = "VISMAID2001";
    /** The discovery document could not be fetched or parsed: retried on the next sign-in. */
    public static final String UNREACHABLE = "VISMAID2002";

    private final VismaIdentitySettings settings;
    private final VismaHttp http;
    private final AtomicReference<ProviderEndpoints> resolved = new AtomicReference<>();

    public Discovery(VismaIdentitySettings settings, VismaHttp http) {
        this.settings = settings;
        this.http = http;
    }

    /**
     * The endpoints, fetched on first use.
     *
     * @throws SignInFailure {@value #ISSUER_MISMATCH} (refused) or {@value #UNREACHABLE} (transient)
     */
    public ProviderEndpoints endpoints() {
        ProviderEndpoints known = resolved.get();
        if (known != null) {
            return known;
        }
        ProviderEndpoints fresh = resolve();
        resolved.compareAndSet(null, fresh);
        return resolved.get();
    }

    /**
     * Fetches the discovery document now, ignoring what is known, for a health check.
     *
     * @throws SignInFailure when it cannot be fetched or names another issuer
     */
    public void probe() {
        if (!(settings.endpoints().authorizationEndpoint().isPresent() && settings.endpoints().tokenEndpoint().isPresent()
                && settings.endpoints().jwksUri().isPresent())) {
            fetch();
        }
    }

    private ProviderEndpoints resolve() {
        EndpointOverrides overrides = settings.endpoints();
        if (overrides.authorizationEndpoint().isPresent() && overrides.tokenEndpoint().isPresent()
                && overrides.jwksUri().isPresent()) {
            return new ProviderEndpoints(settings.issuer(), overrides.authorizationEndpoint().get(),
                    overrides.tokenEndpoint().get(), overrides.jwksUri().get(), overrides.endSessionEndpoint(),
                    Optional.empty(), false);
        }
        OIDCProviderMetadata metadata = fetch();
        return new ProviderEndpoints(settings.issuer(),
                overrides.authorizationEndpoint().orElse(metadata.getAuthorizationEndpointURI()),
                overrides.tokenEndpoint().orElse(metadata.getTokenEndpointURI()),
                overrides.jwksUri().orElse(metadata.getJWKSetURI()),
                overrides.endSessionEndpoint().or(() -> Optional.ofNullable(metadata.getEndSessionEndpointURI())),
                Optional.ofNullable(metadata.getRevocationEndpointURI()),
                metadata.supportsAuthorizationResponseIssuerParam());
    }

    private OIDCProviderMetadata fetch() {
        String where = settings.issuer() + "/.well-known/openid-configuration";
        OIDCProviderMetadata metadata;
        try {
            HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET,
                    OIDCProviderMetadata.resolveURL(settings.issuer())));
            if (response.getStatusCode() != 200) {
                throw SignInFailure.transientFailure(UNREACHABLE, "The discovery document at " + where
                        + " answered HTTP " + response.getStatusCode() + ".", 502);
            }
            metadata = OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
        } catch (GeneralException e) {
            throw SignInFailure.transientFailure(UNREACHABLE, "The discovery document at " + where
                    + " is not usable: " + e.getMessage(), 502);
        } catch (AnswerTooLarge e) {
            throw e.failure();
        } catch (IOException e) {
            throw SignInFailure.transientFailure(UNREACHABLE, "The discovery document at " + where
                    + " could not be fetched: " + e, 504);
        }
        if (!settings.issuer().equals(metadata.getIssuer())) {
            throw SignInFailure.refused(ISSUER_MISMATCH, "The discovery document at " + where
                    + " names the issuer '" + metadata.getIssuer() + "', not '" + settings.issuer()
                    + "'. Set " + ISSUER + " to exactly the issuer the server names, trailing slash included.");
        }
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw SignInFailure.transientFailure(UNREACHABLE, "The discovery document at " + where
                    + " lacks the authorization, token or JWKS endpoint; configure them with "
                    + AUTHORIZATION_ENDPOINT + ", " + TOKEN_ENDPOINT + " and " + JWKS_URI + ".", 502);
        }
        return metadata;
    }
}
