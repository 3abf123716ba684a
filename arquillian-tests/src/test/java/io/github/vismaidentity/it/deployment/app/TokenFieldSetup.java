package io.github.vismaidentity.it.deployment.app;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns the extension on; the rest comes from microprofile-config.properties. */
@VismaIdentityDefinition
@ApplicationScoped
public class TokenFieldSetup {
}
