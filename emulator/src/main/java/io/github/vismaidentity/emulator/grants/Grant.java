package io.github.vismaidentity.emulator.grants;

import com.nimbusds.oauth2.sdk.Scope;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one sign-in authorized: a client acting for a user in one company with a scope. Every code,
 * refresh token and access token that descends from the sign-in belongs to it (the token family);
 * revoking the grant revokes them all.
 */
public final class Grant {

    private final String id = UUID.randomUUID().toString();
    private final Client client;
    private final User user;
    private final Company company;
    private final Scope scope;
    private final Instant authTime;
    private final AtomicBoolean revoked = new AtomicBoolean();

    public Grant(Client client, User user, Company company, Scope scope, Instant authTime) {
        this.client = client;
        this.user = user;
        this.company = company;
        this.scope = scope;
        this.authTime = authTime;
    }

    public String id() {
        return id;
    }

    public Client client() {
        return client;
    }

    public User user() {
        return user;
    }

    public Company company() {
        return company;
    }

    public Scope scope() {
        return scope;
    }

    public Instant authTime() {
        return authTime;
    }

    public boolean revoked() {
        return revoked.get();
    }

    void revoke() {
        revoked.set(true);
    }

    @Override
    public String toString() {
        return "Grant[" + id + ", client=" + client.id() + ", user=" + user.username()
                + ", company=" + company.name() + ", scope=" + scope + "]";
    }
}
