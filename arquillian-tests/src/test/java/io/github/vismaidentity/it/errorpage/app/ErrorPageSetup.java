package io.github.vismaidentity.it.errorpage.app;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns the extension on with the application's own error page, set on the annotation as an application would. */
@VismaIdentityDefinition(scopes = "ea:sales_readonly", callerGroups = "visma-user", errorPath = "/visma-error")
@ApplicationScoped
public class ErrorPageSetup {
}
