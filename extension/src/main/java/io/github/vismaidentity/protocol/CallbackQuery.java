package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.util.URLUtils;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The callback's query string, read strictly before anything else looks at it: every parameter percent-encoded
 * correctly, none given twice, none longer than {@value #MAX_VALUE} characters, and a {@code state} and
 * {@code code} made only of the characters this application and OAuth use (RFC 6749 Appendix A). Anything else
 * is a crafted callback and ends as a {@link SignInFailure} with status 400, never an exception of the
 * container or a cookie API (a 500 with a stack trace).
 */
public final class CallbackQuery {

    /** The callback's query cannot be read: bad percent-encoding, a repeated or over-long parameter. */
    public static final String BAD_QUERY = "VISMAID2071";
    static final int MAX_QUERY = 16_384;
    static final int MAX_VALUE = 4096;
    /** The states this application issues are base64url; anything else cannot be one of them. */
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** RFC 6749 Appendix A.11: a code is printable ASCII. */
    private static final Pattern CODE = Pattern.compile("[\\x20-\\x7e]+");

    private final Map<String, List<String>> parameters;

    private CallbackQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /**
     * @param rawQuery the query string as it arrived, not decoded; null when there is none
     * @throws SignInFailure with {@link #BAD_QUERY} and status 400 when the query cannot be a callback
     */
    public static CallbackQuery parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new CallbackQuery(Map.of());
        }
        if (rawQuery.length() > MAX_QUERY) {
            throw refused("it is " + rawQuery.length() + " characters long, more than " + MAX_QUERY);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "a parameter name");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), "parameter '" + name + "'");
            if (value.length() > MAX_VALUE) {
                throw refused("parameter '" + name + "' is longer than " + MAX_VALUE + " characters");
            }
            if (parameters.put(name, List.of(value)) != null) {
                throw refused("parameter '" + name + "' is given more than once");
            }
        }
        check(parameters, "state", STATE);
        check(parameters, "code", CODE);
        return new CallbackQuery(parameters);
    }

    /** The {@code state} parameter, when present and not empty. */
    public Optional<State> state() {
        return Optional.ofNullable(parameters.get("state")).map(values -> values.get(0))
                .filter(value -> !value.isEmpty()).map(State::new);
    }

    /** The callback as a URI on this path, its parameters encoded again, for Nimbus to parse. */
    public URI toUri(String path) {
        return URI.create(parameters.isEmpty() ? path : path + "?" + URLUtils.serializeParameters(parameters));
    }

    private static void check(Map<String, List<String>> parameters, String name, Pattern allowed) {
        List<String> values = parameters.get(name);
        if (values != null && !values.get(0).isEmpty() && !allowed.matcher(values.get(0)).matches()) {
            throw refused("parameter '" + name + "' has characters no " + name + " has");
        }
    }

    private static String decode(String raw, String what) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(what + " is not percent-encoded correctly");
        }
    }

    private static SignInFailure refused(String why) {
        return SignInFailure.refused(BAD_QUERY, "The callback's query cannot be read: " + LogSafe.of(why)
                + ". Only Visma's redirect after a sign-in started here is a callback.");
    }
}
