package io.github.vismaidentity.protocol;

/**
 * What one sign-in asks of Visma beyond the configuration.
 *
 * @param login       send {@code prompt=login}: Visma asks for the password again, so the user can sign in
 *                    into another company ("authenticate multiple times in different companies")
 * @param pickCompany show Visma's company picker ({@code prompt=select_account} with the picker's
 *                    {@code acr_values})
 */
public record SignInOptions(boolean login, boolean pickCompany) {

    /** Nothing beyond the configuration. */
    public static SignInOptions standard() {
        return new SignInOptions(false, false);
    }
}
