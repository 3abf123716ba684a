package io.github.vismaidentity.client;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.cdi.VismaIdentityExtension;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.observe.Observer;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientResponseContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTTP 429 of the eAccounting API ({@code ErrorCode} 4010) means for the Bearer filter: how long Visma
 * asked to wait, whether the filter may wait that long, and the typed error when it does not.
 */
final class RateLimits {

    /** Visma's window is a minute: when it names no wait, the whole window is the safe guess. */
    private static final Duration UNSAID = Duration.ofSeconds(60);
    private static final Pattern TRY_AGAIN = Pattern.compile("(?i)try again in (\\d+) seconds?");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

    private RateLimits() {
    }

    /**
     * The configured {@value VismaIdentityDefinition#RATE_LIMIT_MAX_WAIT}, from the extension of this
     * application's CDI container; the default without a container (a {@code VismaTokens} built by hand).
     */
    static Duration configuredMaxWait() {
        return extension().map(VismaIdentityExtension::rateLimitMaxWait)
                .orElse(VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT);
    }

    /**
     * What the extension of this application's CDI container reports to (its events and metrics); nothing
     * without a container or without an active {@code @VismaIdentityDefinition}.
     */
    static Observer configuredObserver() {
        return extension().map(VismaIdentityExtension::observer).orElse(Observer.NONE);
    }

    /** The extension of this application's CDI container; none without a container or without the extension. */
    private static Optional<VismaIdentityExtension> extension() {
        try {
            return VismaIdentityExtension.in(CDI.current().getBeanManager());
        } catch (IllegalStateException noContainer) {
            return Optional.empty();
        }
    }

    /** The wait the 429 asks for; reads the body. */
    static Duration askedWait(ClientResponseContext response) throws IOException {
        String body = "";
        if (response.hasEntity()) {
            try (InputStream in = response.getEntityStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return askedWait(response.getHeaderString("Retry-After"), body);
    }

    /** A {@code Retry-After} in seconds first, else Visma's "try again in N seconds", else a minute. */
    static Duration askedWait(String retryAfter, String body) {
        if (retryAfter != null && SECONDS.matcher(retryAfter.trim()).matches()) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        Matcher message = TRY_AGAIN.matcher(body);
        return message.find() && SECONDS.matcher(message.group(1)).matches()
                ? Duration.ofSeconds(Long.parseLong(message.group(1)))
                : UNSAID;
    }

    /** Whether the filter sits out this wait: never when the bound is zero, else up to the bound itself. */
    static boolean waits(Duration asked, Duration maxWait) {
        return !maxWait.isZero() && asked.compareTo(maxWait) <= 0;
    }

    static VismaRateLimitedException tooLong(Duration asked, Duration maxWait) {
        return limited(asked, maxWait.isZero()
                ? "the filter does not wait (" + VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT + " is 0)"
                : "the filter waits at most " + seconds(maxWait) + " ("
                        + VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT + ")");
    }

    static VismaRateLimitedException interrupted(Duration asked) {
        return limited(asked, "the thread was interrupted while the filter waited");
    }

    static VismaRateLimitedException limitedAgain(Duration asked) {
        return limited(asked, "it was limited when the filter sent the call once more, as it does at most once");
    }

    private static VismaRateLimitedException limited(Duration asked, String why) {
        return new VismaRateLimitedException(VismaBearerFilter.RATE_LIMITED, "The eAccounting API limits calls to "
                + "600 per minute per endpoint (ErrorCode 4010) and asked to wait " + seconds(asked) + "; " + why
                + ". Try again in " + seconds(asked) + ".", asked);
    }

    private static String seconds(Duration duration) {
        if (duration.toNanosPart() != 0) {
            return duration.toString();
        }
        long seconds = duration.toSeconds();
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
