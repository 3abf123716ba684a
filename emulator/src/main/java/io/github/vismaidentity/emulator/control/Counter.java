package io.github.vismaidentity.emulator.control;

/** Events the emulator counts besides requests per endpoint; see {@link io.github.vismaidentity.emulator.EmulatorControl#count(Counter)}. */
public enum Counter {
    /** Token requests with {@code grant_type=authorization_code}, valid or not. */
    AUTHORIZATION_CODE_GRANTS,
    /** Token requests with {@code grant_type=refresh_token}, valid or not. */
    REFRESH_TOKEN_GRANTS,
    /** Token requests with any other, unsupported grant type. */
    OTHER_GRANTS,
    /** Token requests that sent a refresh token already redeemed once. */
    REFRESH_TOKEN_REUSES,
    /** Token requests that sent an authorization code already redeemed once. */
    AUTHORIZATION_CODE_REUSES,
    /** Token or revocation requests whose body was not {@code application/x-www-form-urlencoded}. */
    NON_FORM_REQUESTS,
    /** Requests refused with {@code invalid_client}. */
    CLIENT_AUTHENTICATION_FAILURES,
    /** API calls answered 429 because of the rate limit. */
    RATE_LIMITED_API_CALLS,
    /** Tokens issued from any grant (one per successful token response). */
    TOKEN_RESPONSES,
    /** Faults injected into requests. */
    FAULTS_INJECTED;

    /** The name in the admin API's counter listing, for example {@code refresh-token-reuses}. */
    public String externalName() {
        return ExternalNames.of(this);
    }
}
