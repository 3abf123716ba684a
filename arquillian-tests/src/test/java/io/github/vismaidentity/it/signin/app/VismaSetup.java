package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns the extension on, as an application would; the rest comes from microprofile-config.properties. */
@VismaIdentityDefinition(scopes = "ea:sales_readonly", callerGroups = "visma-user")
@ApplicationScoped
public class VismaSetup {
}
