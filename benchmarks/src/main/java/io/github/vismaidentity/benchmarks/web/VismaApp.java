package io.github.vismaidentity.benchmarks.web;

import io.github.vismaidentity.VismaIdentityDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Variant 2 of the side-by-side run: this extension protects the page. Client, issuer and datasource come
 * from the WAR's {@code microprofile-config.properties}, which the driver writes.
 */
@VismaIdentityDefinition
@ApplicationScoped
public class VismaApp {
}
