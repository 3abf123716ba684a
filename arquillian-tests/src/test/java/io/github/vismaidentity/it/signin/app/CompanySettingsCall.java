package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaAccessToken;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET companysettings} with a token, as an application calls the eAccounting API. */
public final class CompanySettingsCall {

    private CompanySettingsCall() {
    }

    /** {@code api-status=...} and {@code api-company=...} lines. */
    public static String describe(VismaAccessToken token) throws IOException {
        URI api = URI.create(ConfigProvider.getConfig().getValue("visma.identity.api-base-url", String.class));
        HttpResponse<String> settings;
        try {
            settings = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve("companysettings"))
                    .header("Authorization", token.authorizationHeader()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Matcher name = Pattern.compile("\"Name\"\\s*:\\s*\"([^\"]*)\"").matcher(settings.body());
        return "api-status=" + settings.statusCode() + "\napi-company=" + (name.find() ? name.group(1) : "") + "\n";
    }
}
