package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.oauth2.sdk.id.Subject;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.grants.IssuedAccessToken;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.tokens.AccessTokens;
import java.io.IOException;
import java.util.Optional;

/** {@code /connect/userinfo}: the user's {@code sub}, name and e-mail for a Bearer token with {@code openid}. */
final class UserInfoEndpoint implements Handler {

    private final AccessTokens accessTokens;

    UserInfoEndpoint(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Optional<IssuedAccessToken> token;
        try {
            token = accessTokens.validate(BearerAccessToken.parse(call.header("Authorization").orElse(null)).getValue());
        } catch (ParseException e) {
            call.send(new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse());
            return;
        }
        if (token.isEmpty()) {
            call.send(new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN).toHTTPResponse());
            return;
        }
        if (!token.get().scope().contains("openid")) {
            call.send(new UserInfoErrorResponse(BearerTokenError.INSUFFICIENT_SCOPE).toHTTPResponse());
            return;
        }
        User user = token.get().grant().user();
        UserInfo info = new UserInfo(new Subject(user.subject()));
        info.setName(user.name());
        info.setEmailAddress(user.email());
        info.setPreferredUsername(user.username());
        call.send(new UserInfoSuccessResponse(info).toHTTPResponse());
    }
}
