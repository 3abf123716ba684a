package io.github.vismaidentity.benchmarks.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;

/**
 * Variant 3 of the side-by-side run: Jakarta Security's built-in OpenID Connect mechanism (Soteria, in
 * Payara) protects the same page, signed in at the same emulator with the scopes Visma requires. Its
 * provider and client come from {@link OidcSettings} through EL, which the annotation's attributes accept.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${benchOidc.providerUri}",
        clientId = "${benchOidc.clientId}",
        clientSecret = "${benchOidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "offline_access", "ea:api"})
@ApplicationScoped
public class OidcApp {
}
