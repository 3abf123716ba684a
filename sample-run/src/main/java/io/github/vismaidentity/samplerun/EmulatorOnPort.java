package io.github.vismaidentity.samplerun;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What answers on a taken {@code --emulator-port}. Two launchers on one database are two nodes of one
 * application, and must talk to one Visma: a refresh token one emulator issued is unknown to another. So the
 * second launcher uses the first one's emulator, when that emulator has this node's redirect URI registered
 * (the first launcher's {@code --other-node-port}); anything else on the port is an error saying what to do.
 */
final class EmulatorOnPort {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private EmulatorOnPort() {
    }

    /**
     * Returns when the emulator on {@code options.emulatorPort()} is another launcher's and takes this node's
     * sign-ins.
     *
     * @throws IllegalStateException with what to do, when it is not
     */
    static void useOrExplain(RunOptions options) {
        int port = options.emulatorPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI authorize = authorizationEndpoint(http, port).orElseThrow(() -> new IllegalStateException("Port " + port
                + " is in use, by something other than a Visma emulator: stop what uses it, or choose another with "
                + "--emulator-port."));
        if (!registered(http, authorize, options.appUrl() + "visma/callback")) {
            throw new IllegalStateException("The emulated Visma on port " + port + " belongs to another launcher, "
                    + "and does not take this node's sign-ins (its redirect URI " + options.appUrl()
                    + "visma/callback is not registered there). Start that launcher again with --other-node-port "
                    + options.port() + ", then this one.");
        }
    }

    /** The emulator's authorization endpoint, when what answers there is an emulator whose issuer is that port. */
    private static Optional<URI> authorizationEndpoint(HttpClient http, int port) {
        String issuer = "http://localhost:" + port;
        try {
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                            URI.create(issuer + "/.well-known/openid-configuration")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (discovery.statusCode() != 200) {
                return Optional.empty();
            }
            Map<String, Object> metadata = JSONObjectUtils.parse(discovery.body());
            if (!issuer.equals(metadata.get("issuer")) || !(metadata.get("authorization_endpoint") instanceof String uri)) {
                return Optional.empty();
            }
            return Optional.of(URI.create(uri));
        } catch (IOException | ParseException | IllegalArgumentException notAnEmulator) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Asks the authorization endpoint about the redirect URI alone: an unregistered one is refused on a page
     * (400); a registered one gets the missing parameters' error sent back to it (a redirect), which is not followed.
     */
    private static boolean registered(HttpClient http, URI authorize, String redirectUri) {
        URI probe = URI.create(authorize + "?client_id=" + VismaTarget.EMULATOR_CLIENT_ID + "&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8));
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(probe).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() / 100 == 3;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
