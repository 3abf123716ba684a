package io.github.vismaidentity.emulator.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Visma Online user of the emulator.
 *
 * @param username  what the login form's {@code username} field takes
 * @param password  what its {@code password} field takes
 * @param subject   the {@code sub} claim: a GUID, stable across restarts
 * @param name      display name
 * @param email     e-mail address, reported by {@code /connect/userinfo} and {@code /v2/users}
 * @param companies the companies the user can pick; the first is the default one that a silent
 *                  sign-in chooses
 */
public record User(String username, String password, String subject, String name, String email,
                   List<Company> companies) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        companies = List.copyOf(companies);
        if (companies.isEmpty()) {
            throw new IllegalArgumentException("User '" + username + "' needs at least one company");
        }
    }

    /** A user whose subject is derived from the username, so it stays the same across restarts. */
    public static User of(String username, String password, String name, List<Company> companies) {
        return new User(username, password, stableSubject(username), name, defaultEmail(username), companies);
    }

    /** The subject a user gets unless one is given: a GUID derived from the username. */
    public static String stableSubject(String username) {
        return Company.stableId("user:" + username);
    }

    static String defaultEmail(String username) {
        return username + "@example.com";
    }

    public Company defaultCompany() {
        return companies.get(0);
    }

    public Optional<Company> company(String companyId) {
        return companies.stream().filter(company -> company.id().equals(companyId)).findFirst();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "User[" + username + ", sub=" + subject + ", companies=" + companies.size() + "]";
    }
}
