package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.id.Issuer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity server's endpoints as the extension uses them: from the discovery document, with any
 * endpoint configured by hand taking precedence.
 *
 * @param issResponseParameterRequired true when discovery says {@code authorization_response_iss_parameter_supported}
 *                                     (RFC 9207), so a callback without {@code iss} is refused
 */
public record ProviderEndpoints(
        Issuer issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        Optional<URI> endSessionEndpoint,
        Optional<URI> revocationEndpoint,
        boolean issResponseParameterRequired) {

    public ProviderEndpoints {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(endSessionEndpoint, "endSessionEndpoint");
        Objects.requireNonNull(revocationEndpoint, "revocationEndpoint");
    }
}
