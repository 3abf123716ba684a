package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an application does with {@code @VismaToken}: calls the eAccounting API as the signed-in user. */
@WebServlet("/protected/token")
public class TokenPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @VismaToken
    private VismaAccessToken token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("api-status=%d%napi-company=%s%ntoken-company=%s%n", settings.statusCode(),
                name.find() ? name.group(1) : "", token.companyName());
    }
}
