package io.github.vismaidentity.benchmarks.http;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The storm's yardstick: as many refresh calls as the storm has token sets, all at once, sent straight to the
 * emulator's token endpoint (form-encoded, {@code client_secret_basic}, a JDK HTTP client as the extension
 * uses). Their latency is what the emulator itself takes under that burst, which no refresher can avoid; the
 * storm through the server is held to it plus 50 ms. Each call's new refresh token replaces the spent one.
 */
final class TokenEndpointBurst implements AutoCloseable {

    private final URI tokenEndpoint;
    private final ClientSecretBasic client;
    private final List<String> refreshTokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtOnce callers;

    TokenEndpointBurst(URI tokenEndpoint, String clientId, String clientSecret, List<String> refreshTokens) {
        this.tokenEndpoint = tokenEndpoint;
        this.client = new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret));
        this.refreshTokens = new ArrayList<>(refreshTokens);
        this.callers = new AtOnce(refreshTokens.size());
    }

    /** Every refresh token refreshed at once; throws unless each call succeeded. */
    Latencies fire() throws InterruptedException {
        long[] nanos = new long[refreshTokens.size()];
        List<Callable<String>> calls = new ArrayList<>(refreshTokens.size());
        for (int i = 0; i < refreshTokens.size(); i++) {
            int slot = i;
            String refreshToken = refreshTokens.get(slot);
            calls.add(() -> {
                long begin = System.nanoTime();
                String rotated = refresh(refreshToken);
                nanos[slot] = System.nanoTime() - begin;
                return rotated;
            });
        }
        List<String> rotated = callers.run("A direct refresh call", calls);
        for (int i = 0; i < rotated.size(); i++) {
            refreshTokens.set(i, rotated.get(i));
        }
        return Latencies.of(nanos);
    }

    @Override
    public void close() {
        callers.close();
    }

    private String refresh(String refreshToken) throws IOException, InterruptedException, ParseException {
        HTTPRequest form = new TokenRequest(tokenEndpoint, client, new RefreshTokenGrant(new RefreshToken(refreshToken)))
                .toHTTPRequest();
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint)
                .POST(HttpRequest.BodyPublishers.ofString(form.getBody()));
        form.getHeaderMap().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        HTTPResponse response = new HTTPResponse(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(type -> response.setHeader("Content-Type", type));
        response.setContent(answer.body());
        TokenResponse parsed = OIDCTokenResponseParser.parse(response);
        if (!parsed.indicatesSuccess()) {
            throw new IllegalStateException("The emulator refused a direct refresh: "
                    + parsed.toErrorResponse().getErrorObject());
        }
        return parsed.toSuccessResponse().getTokens().getRefreshToken().getValue();
    }
}
