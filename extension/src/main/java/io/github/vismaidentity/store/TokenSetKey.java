package io.github.vismaidentity.store;

import java.util.Objects;

/**
 * What a token set belongs to: the app's client id, the Visma user's {@code sub} and the company. One user
 * signed in to two companies has two token sets.
 */
public record TokenSetKey(String clientId, String subject, String companyId) {

    public TokenSetKey {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(companyId, "companyId");
    }
}
