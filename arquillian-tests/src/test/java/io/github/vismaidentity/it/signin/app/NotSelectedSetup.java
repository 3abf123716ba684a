package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * A second annotated class, an {@code @Alternative} that is not enabled: it must not count. If it did, the
 * deployment would fail with VISMAID1020 (two classes), or sign-in would ask Visma for its client and scope.
 */
@VismaIdentityDefinition(clientId = "not-selected-client", scopes = "ea:accounting")
@Alternative
@ApplicationScoped
public class NotSelectedSetup {
}
