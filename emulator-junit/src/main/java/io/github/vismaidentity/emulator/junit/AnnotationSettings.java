package io.github.vismaidentity.emulator.junit;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.UsersFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns {@link WithVismaEmulator}'s attributes into builder settings; a bad value says which attribute. */
final class AnnotationSettings {

    private AnnotationSettings() {
    }

    static void apply(WithVismaEmulator annotation, EmulatorBuilder builder) {
        builder.port(annotation.port());
        builder.clients(new Client(annotation.clientId(), annotation.clientSecret(),
                uris("redirectUris", annotation.redirectUris()),
                uris("postLogoutRedirectUris", annotation.postLogoutRedirectUris())));
        if (annotation.accessTokenSeconds() < 1) {
            throw new IllegalArgumentException("accessTokenSeconds must be 1 or more, not "
                    + annotation.accessTokenSeconds());
        }
        builder.accessTokenLifetime(Duration.ofSeconds(annotation.accessTokenSeconds()));
        if (!annotation.usersFile().isEmpty()) {
            builder.users(UsersFile.read(Path.of(annotation.usersFile())));
        }
    }

    private static List<URI> uris(String attribute, String[] values) {
        List<URI> uris = new ArrayList<>();
        for (String value : values) {
            try {
                URI uri = new URI(value);
                if (!uri.isAbsolute()) {
                    throw new IllegalArgumentException(attribute + " takes absolute URIs such as"
                            + " http://localhost:8080/myapp/visma/callback, not '" + value + "'");
                }
                uris.add(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(attribute + ": '" + value + "' is not a URI: " + e.getReason(), e);
            }
        }
        return uris;
    }
}
