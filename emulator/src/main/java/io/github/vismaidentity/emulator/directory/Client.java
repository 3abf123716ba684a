package io.github.vismaidentity.emulator.directory;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A registered OAuth 2.0 client (an app integrating with Visma eAccounting).
 *
 * @param id                     the {@code client_id}
 * @param secret                 the client secret, checked with HTTP Basic or in the form body
 * @param redirectUris           the redirect URIs; a request's {@code redirect_uri} must equal one exactly
 * @param postLogoutRedirectUris where {@code /connect/endsession} may send the browser afterwards
 */
public record Client(String id, String secret, List<URI> redirectUris, List<URI> postLogoutRedirectUris) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        if (id.isBlank() || secret.isEmpty()) {
            throw new IllegalArgumentException("A client needs a non-blank id and a secret");
        }
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("Client '" + id + "' needs at least one redirect URI");
        }
        for (URI uri : redirectUris) {
            if (!uri.isAbsolute() || uri.getFragment() != null) {
                throw new IllegalArgumentException("Redirect URI '" + uri
                        + "' must be absolute and have no fragment (RFC 6749 section 3.1.2)");
            }
        }
    }

    public boolean hasRedirectUri(String candidate) {
        return redirectUris.stream().anyMatch(uri -> uri.toString().equals(candidate));
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "Client[" + id + ", redirectUris=" + redirectUris + "]";
    }
}
