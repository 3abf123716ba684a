package io.github.vismaidentity.emulator;

import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.UsersFile;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns {@code java -jar visma-emulator.jar} options into an {@link EmulatorBuilder}. */
final class CommandLine {

    static final String USAGE = """
            Usage: java -jar visma-emulator.jar [options]

              --port N                      port to listen on (default 9090; 0 picks a free one)
              --host NAME                   host name in the emulator's URLs and issuer (default localhost)
              --bind ADDRESS                address to listen on (default 127.0.0.1)
              --client-id ID                the registered client (default demo-client)
              --client-secret SECRET        its secret (default demo-secret)
              --redirect-uri URI            a registered redirect URI, matched exactly; repeatable
                                            (default http://localhost:8080/visma/callback)
              --post-logout-redirect-uri URI  where end session may return to; repeatable
                                            (default http://localhost:8080/)
              --access-token-ttl SECONDS    access token lifetime (default 3600)
              --refresh-token-ttl SECONDS   refresh token lifetime (default 63072000, two years)
              --code-ttl SECONDS            authorization code lifetime (default 300)
              --users FILE                  users and companies, as JSON (see emulator/README.md)
              --rate-limit N                API requests per minute per client and endpoint (default 600)
              --revoke-family-on-reuse      reusing a refresh token also revokes its whole sign-in
              --no-admin                    do not serve the /_emulator/ control API
              --help                        show this text
            """;

    private static final Set<String> VALUED = Set.of("--port", "--host", "--bind", "--client-id", "--client-secret",
            "--redirect-uri", "--post-logout-redirect-uri", "--access-token-ttl", "--refresh-token-ttl", "--code-ttl",
            "--users", "--rate-limit");

    /** Thrown for options that cannot work; the message says which and why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private CommandLine() {
    }

    /** The configured builder, or {@code null} when {@code --help} was asked for. */
    static EmulatorBuilder parse(String... args) throws UsageException {
        EmulatorBuilder builder = VismaEmulator.builder().port(9090);
        String clientId = Seed.CLIENT_ID;
        String clientSecret = Seed.CLIENT_SECRET;
        List<URI> redirectUris = new ArrayList<>();
        List<URI> logoutUris = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--revoke-family-on-reuse" -> builder.revokeFamilyOnReuse(true);
                case "--no-admin" -> builder.admin(false);
                default -> {
                    if (!VALUED.contains(option)) {
                        throw new UsageException("Unknown option '" + option + "'");
                    }
                    if (i + 1 >= args.length) {
                        throw new UsageException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--port" -> builder.port(number(option, value));
                        case "--host" -> builder.host(value);
                        case "--bind" -> builder.bindAddress(address(value));
                        case "--client-id" -> clientId = value;
                        case "--client-secret" -> clientSecret = value;
                        case "--redirect-uri" -> redirectUris.add(uri(option, value));
                        case "--post-logout-redirect-uri" -> logoutUris.add(uri(option, value));
                        case "--access-token-ttl" -> builder.accessTokenLifetime(seconds(option, value));
                        case "--refresh-token-ttl" -> builder.refreshTokenLifetime(seconds(option, value));
                        case "--code-ttl" -> builder.codeLifetime(seconds(option, value));
                        case "--users" -> builder.users(UsersFile.read(Path.of(value)));
                        case "--rate-limit" -> builder.rateLimitPerMinute(number(option, value));
                        default -> throw new IllegalStateException("Option " + option + " is listed but not handled");
                    }
                }
            }
        }
        builder.clients(new Client(clientId, clientSecret,
                redirectUris.isEmpty() ? List.of(Seed.REDIRECT_URI) : redirectUris,
                logoutUris.isEmpty() ? List.of(Seed.POST_LOGOUT_REDIRECT_URI) : logoutUris));
        return builder;
    }

    private static int number(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static Duration seconds(String option, String value) throws UsageException {
        int seconds = number(option, value);
        if (seconds < 1) {
            throw new UsageException(option + " takes a number of seconds of 1 or more, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static URI uri(String option, String value) throws UsageException {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new UsageException(option + " takes an absolute URI such as http://localhost:8080/visma/callback,"
                        + " not '" + value + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException(option + " takes a URI; '" + value + "' is malformed: " + e.getReason());
        }
    }

    private static InetAddress address(String value) throws UsageException {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind takes an address such as 127.0.0.1 or 0.0.0.0, not '" + value + "'");
        }
    }
}
