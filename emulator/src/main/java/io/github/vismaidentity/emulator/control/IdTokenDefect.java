package io.github.vismaidentity.emulator.control;

/**
 * What a hostile emulator does to the ID tokens it hands out, to prove a client's ID token checks
 * (OpenID Connect Core 1.0 section 3.1.3.7; the names in brackets are the OpenID Foundation's
 * relying-party conformance tests). Applies to ID tokens from both code and refresh grants (an ID
 * token from a refresh has no {@code nonce}, so the nonce defects show only after a sign-in).
 *
 * @see io.github.vismaidentity.emulator.EmulatorControl#useIdTokenDefect(IdTokenDefect)
 */
public enum IdTokenDefect {
    /** {@code iss} names another issuer [oidcc-client-test-invalid-iss]. */
    WRONG_ISSUER,
    /** {@code aud} names another client [invalid-aud]. */
    WRONG_AUDIENCE,
    /** No {@code aud} claim [missing-aud]. */
    MISSING_AUDIENCE,
    /** {@code exp} lies in the past [idtoken-expired]. */
    EXPIRED,
    /** No {@code exp} claim. */
    MISSING_EXPIRY,
    /** No {@code nonce} claim although the request sent one [nonce-invalid]. */
    MISSING_NONCE,
    /** A {@code nonce} other than the request's [nonce-invalid]. */
    WRONG_NONCE,
    /** No {@code sub} claim [missing-sub]. */
    MISSING_SUBJECT,
    /** Another user's {@code sub} [refresh-token-invalid-sub]. */
    WRONG_SUBJECT,
    /** No {@code iat} claim [missing-iat]. */
    MISSING_ISSUED_AT,
    /** An unsecured JWT, {@code "alg": "none"} [idtoken-sig-none]. */
    ALG_NONE,
    /** HS256, with the client secret as the MAC key [invalid-sig-hs256]. */
    HS256_CLIENT_SECRET,
    /** ES256, with an EC key the JWKS publishes while this defect is in use [invalid-sig-es256]. */
    ES256,
    /** Signed with a key the JWKS never publishes, under a {@code kid} it does not know. */
    UNKNOWN_KID,
    /** A valid token whose signature was then altered [invalid-sig-rs256]. */
    TAMPERED_SIGNATURE,
    /** {@code aud} names this client and another, and no {@code azp} says which is the authorized party. */
    EXTRA_AUDIENCE,
    /** {@code azp} (the authorized party) names another client, while {@code aud} is this client. */
    WRONG_AUTHORIZED_PARTY,
    /** Not a defect: no {@code kid} in the header; a client must accept it while the JWKS has one key [kid-absent-single-jwks]. */
    NO_KID,
    /** Not a defect: {@code aud} as a one-element array; a client must accept it. */
    AUDIENCE_AS_ARRAY,
    /**
     * Not a defect: {@code aud} names this client and another, and {@code azp} names this client, as OpenID
     * Connect Core 1.0 section 3.1.3.7 (4, 5) asks; a client may accept it.
     */
    EXTRA_AUDIENCE_AUTHORIZED;

    /** The name in the admin API, for example {@code wrong-issuer}. */
    public String externalName() {
        return ExternalNames.of(this);
    }

    public static IdTokenDefect fromExternalName(String name) {
        return ExternalNames.parse(IdTokenDefect.class, name, "ID token defect");
    }
}
