package io.github.vismaidentity.sample;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the extension on. The sample reads company settings and customers, so it asks for
 * {@code ea:sales_readonly} (the extension always adds {@code openid offline_access ea:api}); every signed-in
 * caller gets the group {@code visma-user}, which {@code web.xml} requires for the protected pages. Client id,
 * secret, issuer and the rest come from MicroProfile Config: {@code META-INF/microprofile-config.properties}
 * holds the values for the local emulator, and environment variables ({@code VISMA_IDENTITY_CLIENT_ID}, ...)
 * or system properties override them for the real Visma.
 */
@VismaIdentityDefinition(scopes = "ea:sales_readonly", callerGroups = "visma-user")
@ApplicationScoped
public class VismaSetup {
}
