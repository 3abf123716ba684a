package io.github.vismaidentity.emulator;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code /_emulator/...}: the {@link EmulatorControl} over HTTP, for tests in another process.
 * {@code GET counters}; everything else is a form-encoded {@code POST}.
 */
final class AdminEndpoint implements Handler {

    private static final String ACTIONS = "GET counters; POST counters/reset, users/revoke, signing-key/rotate,"
            + " lifetimes, faults, faults/clear, id-token-defect, clock/advance, rate-limit, revoke-family-on-reuse";

    private static final long MAX_SECONDS = Duration.ofDays(36_525).getSeconds();

    private final EmulatorControl control;

    AdminEndpoint(EmulatorControl control) {
        this.control = control;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        String action = call.path().substring(Endpoint.ADMIN.path().length());
        if (action.equals("counters") && call.method().equals("GET")) {
            call.json(200, JSONObjectUtils.toJSONString(control.counters()));
            return;
        }
        if (!call.method().equals("POST")) {
            throw new HttpProblem(405, "invalid_request", "Use POST with a form body for " + action);
        }
        FormParameters form = call.form();
        try {
            call.json(200, JSONObjectUtils.toJSONString(perform(action, form)));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalidRequest(e.getMessage());
        }
    }

    private Map<String, Object> perform(String action, FormParameters form) throws HttpProblem {
        switch (action) {
            case "counters/reset" -> control.resetCounters();
            case "users/revoke" -> {
                return Map.of("revoked", control.revokeAllTokensOf(form.require("username")));
            }
            case "signing-key/rotate" -> {
                return Map.of("kid", control.rotateSigningKey());
            }
            case "lifetimes" -> {
                if (!form.has("access_token") && !form.has("refresh_token") && !form.has("code")) {
                    throw new IllegalArgumentException("Send at least one of access_token, refresh_token and code,"
                            + " each a lifetime in seconds");
                }
                form.get("access_token").ifPresent(value -> control.accessTokenLifetime(seconds("access_token", value)));
                form.get("refresh_token").ifPresent(value -> control.refreshTokenLifetime(seconds("refresh_token", value)));
                form.get("code").ifPresent(value -> control.codeLifetime(seconds("code", value)));
            }
            case "faults" -> control.injectFault(Endpoint.fromExternalName(form.require("endpoint")),
                    fault(form), count("times", form.get("times").orElse("1")));
            case "faults/clear" -> control.clearFaults();
            case "id-token-defect" -> {
                String defect = form.require("defect");
                if (defect.equals("none")) {
                    control.clearIdTokenDefect();
                } else {
                    control.useIdTokenDefect(IdTokenDefect.fromExternalName(defect));
                }
            }
            case "clock/advance" -> control.advanceClock(seconds("seconds", form.require("seconds")));
            case "rate-limit" -> control.rateLimitPerMinute(count("per_minute", form.require("per_minute")));
            case "revoke-family-on-reuse" -> control.revokeFamilyOnReuse(bool(form.require("enabled")));
            default -> throw new HttpProblem(404, "invalid_request", "Unknown admin action '" + action + "'; use " + ACTIONS);
        }
        return Map.of("ok", true);
    }

    private static Fault fault(FormParameters form) throws HttpProblem {
        String kind = form.require("fault");
        return switch (kind) {
            case "delay" -> Fault.delay(Duration.ofMillis(number("delay_ms", form.require("delay_ms"))));
            case "server-error" -> Fault.serverError();
            case "drop-response" -> Fault.dropResponse();
            case "truncate-response" -> Fault.truncateResponse();
            case "stall-body" -> Fault.stallBody(Duration.ofMillis(number("stall_ms", form.require("stall_ms"))));
            case "oversized-body" -> Fault.oversizedBody(number("size_bytes", form.require("size_bytes")));
            default -> throw new IllegalArgumentException("Unknown fault '" + kind
                    + "'; use delay, server-error, drop-response, truncate-response, stall-body or oversized-body");
        };
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is neither true nor false");
        };
    }

    /** At most a century: the emulator's clock and lifetimes stay far from overflow. */
    private static Duration seconds(String name, String value) {
        long seconds = number(name, value);
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_SECONDS + " seconds (a century), not " + value);
        }
        return Duration.ofSeconds(seconds);
    }

    private static int count(String name, String value) {
        long number = number(name, value);
        if (number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) number;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
