package io.github.vismaidentity.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parameters of a query string or an {@code application/x-www-form-urlencoded} body, parsed strictly:
 * malformed percent-encoding is an error, and (RFC 6749 section 3.1 and 3.2) no parameter may appear
 * twice.
 */
public final class FormParameters {

    private final Map<String, String> values;

    private FormParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Parses {@code a=1&b=2}; {@code null} or empty gives no parameters. */
    public static FormParameters parse(String encoded) throws HttpProblem {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return new FormParameters(values);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw HttpProblem.invalidRequest("Parameter '" + name + "' appears more than once;"
                        + " send every parameter once (RFC 6749 section 3.1)");
            }
        }
        return new FormParameters(values);
    }

    /**
     * Decodes like {@link java.net.URLDecoder} ({@code +} is a space), but refuses what it would
     * silently repair: a {@code %} without two hex digits, and escaped bytes that are not UTF-8.
     */
    private static String decode(String encoded) throws HttpProblem {
        if (encoded.indexOf('%') < 0) {
            return encoded.replace('+', ' ');
        }
        StringBuilder decoded = new StringBuilder(encoded.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c != '%') {
                decoded.append(c == '+' ? ' ' : c);
                i++;
                continue;
            }
            escaped.reset();
            while (i < encoded.length() && encoded.charAt(i) == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                        || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    throw HttpProblem.invalidRequest("Malformed form encoding: '%' must be followed by two hex"
                            + " digits; percent-encode reserved characters as application/x-www-form-urlencoded"
                            + " requires");
                }
                escaped.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 3;
            }
            try {
                decoded.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(escaped.toByteArray())));
            } catch (CharacterCodingException e) {
                throw HttpProblem.invalidRequest("Malformed form encoding: percent-encoded bytes that are not"
                        + " UTF-8; encode every value as UTF-8 before percent-encoding it");
            }
        }
        return decoded.toString();
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    /** The value, or an {@code invalid_request} problem naming the missing parameter. */
    public String require(String name) throws HttpProblem {
        return get(name).orElseThrow(() -> HttpProblem.invalidRequest("Missing parameter '" + name + "'"));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The parameters as Nimbus SDK parsers take them. */
    public Map<String, List<String>> asMultimap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        values.forEach((name, value) -> map.put(name, List.of(value)));
        return map;
    }
}
