package io.github.vismaidentity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An access token for one Visma user in one company, valid at least until shortly before
 * {@link #expiresAt()}. Send it only in an {@code Authorization} header ({@link #authorizationHeader()}),
 * never in a URL. {@link #toString()} does not show it.
 */
public class VismaAccessToken {

    private final String value;
    private final Instant expiresAt;
    private final String subject;
    private final String companyId;
    private final String companyName;
    private final Set<String> scopes;

    /** For the container's request-scope proxy only. */
    protected VismaAccessToken() {
        this.value = null;
        this.expiresAt = null;
        this.subject = null;
        this.companyId = null;
        this.companyName = null;
        this.scopes = Set.of();
    }

    /** A token whose granted scopes are not known: {@link #scopes()} is empty. */

    public VismaAccessToken(String value, Instant expiresAt, String subject, String companyId, String companyName) {
        this.value = Objects.requireNonNull(value, "value");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.companyName = companyName == null ? "" : companyName;
        this.scopes = Set.of();
    }

    /**
     * A token with the scopes Visma granted to its token set.
     *
     * @param scope the granted scope, space-separated as in a token response ({@code "offline_access ea:api
     *              ea:sales"}); null or blank when not known
     */
    public VismaAccessToken(String value, Instant expiresAt, String subject, String companyId, String companyName,
            String scope) {
        this.value = Objects.requireNonNull(value, "value");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.companyName = companyName == null ? "" : companyName;
        this.scopes = scope == null ? Set.of()
                : Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The bearer token itself. */
    public String value() {
        return value;
    }

    /** {@code Bearer <token>}, the value of the {@code Authorization} header for the eAccounting API. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** When Visma stops accepting it: local receipt time plus {@code expires_in}. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The Visma user's {@code sub}. */
    public String subject() {
        return subject;
    }

    /** The company the token works for. */
    public String companyId() {
        return companyId;
    }

    /** The company's name, empty when unknown. */
    public String companyName() {
        return companyName;
    }

    /**
     * The scopes Visma granted to this token's set ({@code ea:api}, {@code ea:sales}, ...), so that a call can be
     * refused before it is sent when its scope is missing. Empty when not known: then nothing can be concluded.
     */
    public Set<String> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return "VismaAccessToken[value=(hidden), expiresAt=" + expiresAt + ", subject=" + subject + ", companyId="
                + companyId + ", companyName=" + companyName + "]";
    }
}
