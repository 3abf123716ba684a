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

    /**
     * A token whose granted scopes are not known: {@link #scopes()} is empty.
     *
     * @param value       the bearer token itself
     * @param expiresAt   when Visma stops accepting it
     * @param subject     the Visma user's {@code sub}
     * @param companyId   the company the token works for
     * @param companyName the company's name; null when not known
     */
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
     * @param value       the bearer token itself
     * @param expiresAt   when Visma stops accepting it
     * @param subject     the Visma user's {@code sub}
     * @param companyId   the company the token works for
     * @param companyName the company's name; null when not known
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

    /**
     * The bearer token itself.
     *
     * @return the token, for an {@code Authorization: Bearer} header only
     */
    public String value() {
        return value;
    }

    /**
     * The value of the {@code Authorization} header for the eAccounting API.
     *
     * @return {@code Bearer <token>}
     */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /**
     * When Visma stops accepting it.
     *
     * @return local receipt time plus {@code expires_in}
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * The Visma user the token acts for.
     *
     * @return the user's {@code sub}, a GUID
     */
    public String subject() {
        return subject;
    }

    /**
     * The company the token works for.
     *
     * @return Visma's {@code CompanyIdentifier}, a GUID
     */
    public String companyId() {
        return companyId;
    }

    /**
     * The company's name.
     *
     * @return the name, empty when unknown
     */
    public String companyName() {
        return companyName;
    }

    /**
     * The scopes Visma granted to this token's set ({@code ea:api}, {@code ea:sales}, ...), so that a call can be
     * refused before it is sent when its scope is missing.
     *
     * @return the granted scopes; empty when not known, and then nothing can be concluded
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
