package io.github.vismaidentity.emulator.support;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw calls to the token endpoint and the API, so tests control every byte a client sends. */
public final class TokenCalls {

    private final VismaEmulator emulator;
    private final Browserless browser;

    public TokenCalls(VismaEmulator emulator, Browserless browser) {
        this.emulator = emulator;
        this.browser = browser;
    }

    /** RFC 6749 section 2.3.1: form-encode id and secret, join with ':', then Base64. */
    public static String basic(String clientId, String secret) {
        String pair = Browserless.encode(clientId) + ":" + Browserless.encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    public static String demoBasic() {
        return basic(Seed.CLIENT_ID, Seed.CLIENT_SECRET);
    }

    /** A form POST to the token endpoint with the demo client's Basic credentials. */
    public HttpResponse<String> token(Map<String, String> form) {
        return post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded", Browserless.form(form), demoBasic());
    }

    public HttpResponse<String> post(URI uri, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return browser.send(request.build());
    }

    public HttpResponse<String> redeem(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", Seed.REDIRECT_URI.toString());
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return token(form);
    }

    public HttpResponse<String> refresh(String refreshToken) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** A successful token response's JSON, or an assertion error showing what came instead. */
    public static Map<String, Object> tokens(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected tokens, got HTTP " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("Not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    public HttpResponse<String> api(String path, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.apiBaseUri().resolve(path)).GET();
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return browser.send(request.build());
    }
}
