package io.github.vismaidentity.it.support;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Client;

import java.net.URI;
import java.net.URL;
import java.util.List;

/**
 * One emulator for every container test class of the run, as one Visma serves every restart of a real
 * server: tokens stored by one Payara start must still work with the next. Its threads are daemons, so it
 * ends with the test JVM.
 */
public final class SharedVisma {

    private static VismaEmulator emulator;

    private SharedVisma() {
    }

    /** The emulator, started on first use with the test client registered for this application URL. */
    public static synchronized VismaEmulator forApp(URL app, String clientId, String clientSecret) {
        if (emulator == null) {
            emulator = VismaEmulator.builder().clients(new Client(clientId, clientSecret,
                    List.of(URI.create(app + "visma/callback")), List.of(URI.create(app.toString())))).start();
            emulator.control().recordIssuedSecrets();
        }
        return emulator;
    }
}
