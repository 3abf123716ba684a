package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import jakarta.security.enterprise.SecurityContext;

/** The {@code @VismaToken} of the request's caller: their token for the company they signed in to. */
final class CurrentCaller {

    /** Injecting {@code @VismaToken} where nobody signed in through Visma. */
    static final String NOT_SIGNED_IN = "VISMAID4010";

    private CurrentCaller() {
    }

    static VismaAccessToken token(VismaTokens tokens, SecurityContext security) {
        if (security.getCallerPrincipal() instanceof VismaCallerPrincipal caller) {
            return tokens.forUser(caller.getSubject(), caller.getCompanyId());
        }
        throw new VismaReauthenticationRequiredException(NOT_SIGNED_IN, "@VismaToken needs a caller signed in "
                + "through Visma; protect the page, or use VismaTokens.forCompany outside a signed-in request.", "", "");
    }
}
