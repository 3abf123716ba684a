package io.github.vismaidentity.sample;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the extension on. The sample reads company settings and customers and creates customers, so it asks for
 * {@code ea:sales} (the extension always adds {@code openid offline_access ea:api}; {@code ea:sales_readonly} would
 * do for the reads, and the client would refuse the new-customer form before calling Visma); every signed-in
 * caller gets the group {@code visma-user}, which {@code web.xml} requires for the protected pages. Client id,
 * secret, issuer and the rest come from MicroProfile Config: {@code META-INF/microprofile-config.properties}
 * holds the values for the local emulator, and environment variables ({@code VISMA_IDENTITY_CLIENT_ID}, ...)
 * or system properties override them for the real Visma.
 */
@VismaIdentityDefinition(scopes = "ea:sales", callerGroups = "visma-user")
@ApplicationScoped
public class VismaSetup {
}
