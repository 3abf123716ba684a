package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.protocol.SignedIn;

/**
 * The caller principal of a finished sign-in: named by the configured claim, falling back to {@code sub}
 * when the ID token lacks that claim, so a caller always has a stable name.
 */
final class CallerFactory {

    private CallerFactory() {
    }

    static VismaCallerPrincipal principal(SignedIn signedIn, String nameClaim) {
        String subject = signedIn.claims().getSubject().getValue();
        Object named = signedIn.claims().getClaim(nameClaim);
        String name = named instanceof String value && !value.isBlank() ? value : subject;
        return new VismaCallerPrincipal(name, subject, signedIn.company().id(), signedIn.company().name());
    }
}
