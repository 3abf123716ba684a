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
                form.get("access_token").ifPresent(value -> control.accessTokenLifetime(seconds(value)));
                form.get("refresh_token").ifPresent(value -> control.refreshTokenLifetime(seconds(value)));
                form.get("code").ifPresent(value -> control.codeLifetime(seconds(value)));
            }
            case "faults" -> control.injectFault(Endpoint.fromExternalName(form.require("endpoint")),
                    fault(form), (int) number(form.get("times").orElse("1")));
            case "faults/clear" -> control.clearFaults();
            case "id-token-defect" -> {
                String defect = form.require("defect");
                if (defect.equals("none")) {
                    control.clearIdTokenDefect();
                } else {
                    control.useIdTokenDefect(IdTokenDefect.fromExternalName(defect));
                }
            }
            case "clock/advance" -> control.advanceClock(seconds(form.require("seconds")));
            case "rate-limit" -> control.rateLimitPerMinute((int) number(form.require("per_minute")));
            case "revoke-family-on-reuse" -> control.revokeFamilyOnReuse(Boolean.parseBoolean(form.require("enabled")));
            default -> throw new HttpProblem(404, "invalid_request", "Unknown admin action '" + action + "'");
        }
        return Map.of("ok", true);
    }

    private static Fault fault(FormParameters form) throws HttpProblem {
        String kind = form.require("fault");
        return switch (kind) {
            case "delay" -> Fault.delay(Duration.ofMillis(number(form.require("delay_ms"))));
            case "server-error" -> Fault.serverError();
            case "drop-response" -> Fault.dropResponse();
            case "truncate-response" -> Fault.truncateResponse();
            default -> throw new IllegalArgumentException("Unknown fault '" + kind
                    + "'; use delay, server-error, drop-response or truncate-response");
        };
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(number(value));
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }
}
