package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Turns the extension on, as an application would; the rest comes from microprofile-config.properties. An
 * enabled {@code @Alternative}, beside {@link NotSelectedSetup}, one that is not: only the enabled one counts.
 */
@VismaIdentityDefinition(scopes = "ea:sales_readonly", callerGroups = "visma-user")
@Alternative
@Priority(1)
@ApplicationScoped
public class VismaSetup {
}
