package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaIdentityDefinition;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Without {@value VismaIdentityDefinition#REDIRECT_URI}, the redirect URI is built from the request: its scheme,
 * and the host and port of its Host header. Behind a proxy that changes them, or for a client that sends another
 * Host, that is not the registered URI. The first one is logged, once per application, so an operator sees what
 * the extension resolved it to and can pin it.
 */
final class DerivedRedirectUri {

    /** The redirect URI was taken from the request's Host header. */
    static final String FROM_HOST_HEADER = "VISMAID1102";

    private static final Logger LOG = Logger.getLogger(DerivedRedirectUri.class.getName());

    private final AtomicBoolean logged = new AtomicBoolean();

    /** The URI unchanged; the first one is logged. */
    URI noted(URI derived) {
        if (logged.compareAndSet(false, true)) {
            // A URI cannot hold CR or LF: the Host header's value cannot forge a log line through it.
            LOG.warning(FROM_HOST_HEADER + ": No " + VismaIdentityDefinition.REDIRECT_URI + " (environment variable "
                    + "VISMA_IDENTITY_REDIRECT_URI) is set, so the redirect URI is built from the request's scheme "
                    + "and Host header; the first sign-in resolved it to " + derived + ". If that is not the URI "
                    + "registered at Visma (a proxy in front changes the scheme, host or port), set "
                    + VismaIdentityDefinition.REDIRECT_URI + " to the registered one. Logged once.");
        }
        return derived;
    }
}
