package io.github.vismaidentity.protocol;

import java.util.Objects;

/**
 * The eAccounting company a token set belongs to.
 *
 * @param id   Visma's {@code CompanyIdentifier}, or {@code user:} and the caller's user id in the company
 *             when the token may not read the company settings
 * @param name the company's name as Visma shows it; empty when unknown
 */
public record Company(String id, String name) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
