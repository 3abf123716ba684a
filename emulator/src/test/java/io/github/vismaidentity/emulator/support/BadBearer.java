package io.github.vismaidentity.emulator.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/** The ways a Bearer token can be no good, for every endpoint that takes one. */
public enum BadBearer {
    /** No Authorization header at all. */
    NO_HEADER,
    GARBAGE,
    /** The same header and claims, signed by a key the emulator never published, under the real {@code kid}. */
    FORGED_SIGNATURE,
    /** Presented after its hour is up. */
    EXPIRED,
    /** Presented after the user's tokens were all revoked. */
    REVOKED,
    /** The ID token presented as if it were the access token. */
    ID_TOKEN_INSTEAD;

    /**
     * What to present instead of the good access token in {@code tokens} (a token response of
     * demo's); {@code null} for no header. EXPIRED and REVOKED change the emulator's state.
     */
    public String present(VismaEmulator emulator, Map<String, Object> tokens) throws ParseException, JOSEException {
        String accessToken = (String) tokens.get("access_token");
        return switch (this) {
            case NO_HEADER -> null;
            case GARBAGE -> "garbage.not-a.jwt";
            case FORGED_SIGNATURE -> {
                SignedJWT original = SignedJWT.parse(accessToken);
                SignedJWT forged = new SignedJWT(original.getHeader(), original.getJWTClaimsSet());
                forged.sign(new RSASSASigner(SigningKeys.newUnpublishedRsaKey()));
                yield forged.serialize();
            }
            case EXPIRED -> {
                emulator.control().advanceClock(Duration.ofHours(1).plusSeconds(1));
                yield accessToken;
            }
            case REVOKED -> {
                emulator.control().revokeAllTokensOf("demo");
                yield accessToken;
            }
            case ID_TOKEN_INSTEAD -> (String) tokens.get("id_token");
        };
    }
}
