package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.Prompt;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.User;
import java.time.Instant;

/**
 * A validated authorization request waiting for the user to log in or pick a company; its id,
 * unguessable, travels in the login and picker forms.
 *
 * @param signedIn who is signed in once the password step is done (or was skipped), else {@code null}
 */
record PendingAuthorization(String id, Client client, String redirectUri, State state, Scope scope, Nonce nonce,
                            CodeChallenge challenge, Prompt prompt, boolean forcePicker, Instant expiresAt,
                            SignIn signedIn) {

    /** A user who proved their password at {@code authTime}. */
    record SignIn(User user, Instant authTime) {
    }

    PendingAuthorization signedIn(SignIn signIn) {
        return new PendingAuthorization(id, client, redirectUri, state, scope, nonce, challenge, prompt, forcePicker,
                expiresAt, signIn);
    }

    boolean prompts(Prompt.Type type) {
        return prompt != null && prompt.contains(type);
    }
}
