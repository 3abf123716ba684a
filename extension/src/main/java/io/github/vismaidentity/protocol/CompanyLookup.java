package io.github.vismaidentity.protocol;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * Finds the company a fresh access token belongs to. No claim names it, so the eAccounting API is asked:
 * {@code GET companysettings} ({@code CompanyIdentifier}, needs {@code ea:sales} or
 * {@code ea:sales_readonly}); when the token lacks those scopes (API error 4006), {@code GET users}, where
 * the caller's entry ({@code IsCurrentUser}) gives the user id within the company.
 */
public final class CompanyLookup {

    /** The API did not say which company the token belongs to. */
    public static final String NOT_FOUND = "VISMAID2030";

    private static final int NO_ACCESS_TO_SCOPES = 4006;

    private final URI apiBase;
    private final VismaHttp http;

    public CompanyLookup(VismaIdentitySettings settings, VismaHttp http) {
        this.apiBase = settings.apiBaseUri();
        this.http = http;
    }

    /** The company of this access token. */
    public Company companyOf(String accessToken) {
        Answer settings = get("companysettings", accessToken);
        if (settings.status() == 200) {
            Object id = settings.body().get("CompanyIdentifier");
            if (id != null && !id.toString().isBlank()) {
                Object name = settings.body().get("Name");
                return new Company(id.toString(), name == null ? "" : name.toString());
            }
            throw notFound("companysettings has no CompanyIdentifier");
        }
        if (settings.status() == 403 && errorCode(settings.body()) == NO_ACCESS_TO_SCOPES) {
            return fromUsers(get("users", accessToken));
        }
        throw notFound("companysettings answered HTTP " + settings.status());
    }

    private Company fromUsers(Answer users) {
        if (users.status() != 200 || !(users.body().get("Data") instanceof List<?> data)) {
            throw notFound("users answered HTTP " + users.status());
        }
        for (Object entry : data) {
            if (entry instanceof Map<?, ?> user && Boolean.TRUE.equals(user.get("IsCurrentUser")) && user.get("Id") != null) {
                return new Company("user:" + user.get("Id"), "");
            }
        }
        throw notFound("users lists no entry with IsCurrentUser");
    }

    private Answer get(String path, String accessToken) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, apiBase.resolve(path));
        request.setAuthorization(new BearerAccessToken(accessToken).toAuthorizationHeader());
        request.setAccept("application/json");
        try {
            HTTPResponse response = http.send(request);
            String body = response.getBody();
            return new Answer(response.getStatusCode(), body == null || body.isBlank() ? Map.of() : JSONObjectUtils.parse(body));
        } catch (AnswerTooLarge e) {
            throw e.failure();
        } catch (IOException e) {
            throw SignInFailure.transientFailure(NOT_FOUND, "The eAccounting API at " + apiBase
                    + " could not be reached to find the company: " + e.getClass().getSimpleName() + ".", 502);
        } catch (ParseException e) {
            throw SignInFailure.transientFailure(NOT_FOUND, "The eAccounting API at " + apiBase + path
                    + " answered with a body that is not a JSON object.", 502);
        }
    }

    private static int errorCode(Map<String, Object> body) {
        return body.get("ErrorCode") instanceof Number code ? code.intValue() : -1;
    }

    private SignInFailure notFound(String why) {
        return SignInFailure.transientFailure(NOT_FOUND, "The company of the new token could not be found: "
                + why + " (API " + apiBase + ").", 502);
    }

    private record Answer(int status, Map<String, Object> body) {
    }
}
