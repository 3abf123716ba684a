package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Directory;
import java.util.Set;

/**
 * {@code GET companysettings} (the caller's company; {@code ea:sales} or {@code ea:sales_readonly}) and
 * {@code GET users} (its users, the caller marked {@code IsCurrentUser}). Visma's description lists six
 * scopes for {@code users}; the emulator asks for {@code ea:api} alone, as the extension's company
 * lookup relies on for a token without any area scope.
 */
final class CompanyResources implements ApiResource {

    private static final QueryFields USERS = QueryFields.of("users")
            .properties(Set.of("Id", "Email", "FirstName", "LastName", "IsActive", "IsCurrentUser", "IsConsultant"));

    private final Directory directory;

    CompanyResources(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("companysettings", Scopes.read(Scopes.SALES),
                        request -> request.ok(CompanyData.settings(request.company())))
                .get("users", Scopes.apiOnly(), request -> {
                    String me = request.user().subject();
                    request.page(USERS, directory.usersOf(request.company().id()).stream()
                            .map(user -> CompanyData.user(user, user.subject().equals(me))).toList());
                });
    }
}
