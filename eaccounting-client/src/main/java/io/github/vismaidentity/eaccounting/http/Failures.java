package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.eaccounting.EAccountingException;
import io.github.vismaidentity.eaccounting.ErrorBody;
import io.github.vismaidentity.eaccounting.FieldError;
import io.github.vismaidentity.eaccounting.MissingScopeException;
import io.github.vismaidentity.eaccounting.RateLimitedException;
import io.github.vismaidentity.eaccounting.ResourceNotFoundException;
import io.github.vismaidentity.eaccounting.TokenRejectedException;
import io.github.vismaidentity.eaccounting.ValidationFailedException;
import io.github.vismaidentity.eaccounting.VismaUnavailableException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns what went wrong with a call into the client's exception for it. */
final class Failures {

    private static final Pattern TRY_AGAIN = Pattern.compile("(?i)try again in (\\d{1,9}) seconds?");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");
    /** Visma's NoAccessToScopes: the only 403 that a scope fixes. */
    private static final int NO_ACCESS_TO_SCOPES = 4006;
    /** Visma's window: when a 429 names no wait, the whole of it. */
    private static final Duration UNSAID = Duration.ofSeconds(60);

    private Failures() {
    }

    /** Refused before any HTTP call: the token set lacks every scope the operation accepts. */
    static MissingScopeException missingScope(Operation operation, VismaAccessToken token) {
        return new MissingScopeException(operation.describe(), 0, ErrorBody.NONE, Set.copyOf(operation
                .acceptedScopes()), "needs one of the scopes " + String.join(", ", operation.acceptedScopes())
                + ", and the connection of company " + token.companyId() + " was granted "
                + String.join(" ", new TreeSet<>(token.scopes())) + ". Add " + operation.scopeToAdd()
                + " to visma.identity.scopes and have the user sign in to the company again; nothing was sent");
    }

    /** An answer that is not 2xx. */
    static EAccountingException of(Operation operation, int status, String retryAfter, byte[] body, Jsonb jsonb) {
        ErrorBody error = errorBody(body, jsonb);
        String op = operation.describe();
        String visma = describe(status, error);
        if (status == 400) {
            return new ValidationFailedException(op, status, error, visma + fields(error), null);
        } else if (status == 401) {
            return new TokenRejectedException(op, status, error, "HTTP 401 after the Bearer filter replaced the token "
                    + "once: the connection no longer works; have the user sign in to the company again", null);
        } else if (status == 403 && !Integer.valueOf(NO_ACCESS_TO_SCOPES).equals(error.errorCode())) {
            return new EAccountingException(EAccountingException.REFUSED, op, status, error, visma
                    + forbiddenBecause(error.errorCode()), null);
        } else if (status == 403) {
            return new MissingScopeException(op, status, error, new HashSet<>(operation.acceptedScopes()), visma
                    + ". It needs one of the scopes " + String.join(", ", operation.acceptedScopes()) + ": add "
                    + operation.scopeToAdd() + " to visma.identity.scopes and have the user sign in again");
        } else if (status == 404) {
            return new ResourceNotFoundException(op, status, error, visma, null);
        } else if (status == 429) {
            Duration wait = askedWait(retryAfter, error.developerErrorMessage());
            return new RateLimitedException(op, status, error, wait, visma + "; call it again in "
                    + wait.toSeconds() + " s", null);
        } else if (status >= 500) {
            return new VismaUnavailableException(op, status, error, visma + "; try again later", null);
        } else if (error == ErrorBody.NONE) {
            return new VismaUnavailableException(op, status, error, "HTTP " + status + " without Visma's error body",
                    null);
        }
        return new EAccountingException(EAccountingException.REFUSED, op, status, error, visma, null);
    }

    /** A call that got no usable answer; the extension's token exceptions pass through unchanged. */
    static RuntimeException of(Operation operation, ProcessingException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof VismaRateLimitedException limited) {
            return new RateLimitedException(operation.describe(), 429, ErrorBody.NONE, limited.retryAfter(),
                    "HTTP 429 not sat out by the Bearer filter: " + limited.getMessage(), limited);
        } else if (cause instanceof VismaTokenException tokens) {
            return tokens;
        }
        return new VismaUnavailableException(operation.describe(), 0, ErrorBody.NONE, "no answer ("
                + (cause == null ? failure : cause).getClass().getSimpleName() + "); try again later", failure);
    }

    /** A 2xx whose body is not the JSON expected. */
    static VismaUnavailableException unreadable(Operation operation, int status, JsonbException failure) {
        return new VismaUnavailableException(operation.describe(), status, ErrorBody.NONE, "HTTP " + status
                + " with a body that is not Visma's JSON for this operation", failure);
    }

    /** An answer longer than the client reads. */
    static VismaUnavailableException tooLarge(Operation operation, int status, int maxBytes) {
        return new VismaUnavailableException(operation.describe(), status, ErrorBody.NONE, "HTTP " + status
                + " with a body over " + maxBytes + " bytes, more than any answer of Visma's; not read", null);
    }

    /** What Visma's other 403 codes ask for (its list of error codes); no scope helps with them. */
    private static String forbiddenBecause(Integer errorCode) {
        String why = switch (errorCode == null ? 0 : errorCode) {
            case 4005 -> "NotAuthorized: the token is not accepted for this company";
            case 4007 -> "PermissionDenied: the user's role in eAccounting does not allow this";
            case 4011 -> "NoAccessForAuthenticatedUser: the user has no access to this company";
            case 4012 -> "LicenceAgreementNotAccepted: the company must accept the licence agreement in eAccounting";
            case 4034 -> "a sandbox client called production data, or the other way round";
            default -> "no scope of the operation was missing";
        };
        return ". " + why;
    }

    private static ErrorBody errorBody(byte[] body, Jsonb jsonb) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (!text.startsWith("{")) {
            return ErrorBody.NONE;
        }
        try {
            ErrorBody error = jsonb.fromJson(text, ErrorBody.class);
            return error.errorCode() == null && error.developerErrorMessage() == null ? ErrorBody.NONE : error;
        } catch (JsonbException notVisma) {
            return ErrorBody.NONE;
        }
    }

    private static String describe(int status, ErrorBody error) {
        return "HTTP " + status + (error.errorCode() == null ? "" : ", ErrorCode " + error.errorCode())
                + (error.developerErrorMessage() == null ? "" : ": " + error.developerErrorMessage())
                + (error.errorId() == null ? "" : " (ErrorId " + error.errorId() + ")");
    }

    private static String fields(ErrorBody error) {
        return error.errors().isEmpty() ? "" : "; fields: " + error.errors().stream().map(FieldError::toString)
                .collect(Collectors.joining(", "));
    }

    /** A {@code Retry-After} in seconds first, else Visma's "try again in N seconds", else a minute. */
    static Duration askedWait(String retryAfter, String message) {
        if (retryAfter != null && SECONDS.matcher(retryAfter.trim()).matches()) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        Matcher matcher = TRY_AGAIN.matcher(message == null ? "" : message);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : UNSAID;
    }
}
