package io.github.vismaidentity.protocol;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;

/**
 * A callback that passed every check: the validated ID token claims, the tokens to store and the company
 * they belong to.
 */
public record SignedIn(IDTokenClaimsSet claims, GrantedTokens tokens, Company company) {

    @Override
    public String toString() {
        return "SignedIn[subject=" + claims.getSubject() + ", company=" + company + ", tokens=" + tokens + "]";
    }
}
