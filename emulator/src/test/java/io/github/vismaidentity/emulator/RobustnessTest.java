package io.github.vismaidentity.emulator;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest extends EmulatorTestBase {

    private static final String FORM = "application/x-www-form-urlencoded";


    /** What came back over a raw socket. */
    private record RawResponse(int status, String head, String body) {
    }

    /** Sends bytes no well-behaved HTTP client would, then half-closes and reads the whole answer. */
    private RawResponse raw(byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP response, got: %s", response).isPositive();
            String head = response.substring(0, end);
            return new RawResponse(Integer.parseInt(head.split(" ", 3)[1]), head, response.substring(end + 4));
        }
    }

    private static byte[] request(String head, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    private static String tokenRequestHead(String contentType, String contentLength) {
        return "POST /connect/token HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: " + TokenCalls.demoBasic() + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private void assertStillServing() {
        assertThat(browser.get(emulator.discoveryUri()).statusCode()).isEqualTo(200);
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("at io.github", "\tat ", "at java.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/connect", "/connect/", "/connect/token/extra",
            "/.well-known/openid-configuration/jwks/extra", "/_emulator", "/%2e%2e/%2e%2e/etc/passwd", "/account"})
    void answersAnUnknownPathWith404Json(String path) { // the API's unknown paths: ApiRoutingTest
        HttpResponse<String> response = browser.get(emulator.baseUri().resolve(path));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(json(response).get("error")).isEqualTo("not_found");
        assertStillServing();
    }

    @Test
    void refusesAMalformedPercentEscapeInTheAuthorizeQueryWithoutAStackTrace() throws IOException {
        // The JDK's HTTP server refuses this request line itself, before any emulator code runs; its
        // page says "<h1>400 Bad Request</h1>URISyntaxException thrown": an exception's name, no trace.
        RawResponse response = raw(("GET /connect/authorize?client_id=%zz&redirect_uri=%E2%8 HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.head()).containsIgnoringCase("Content-Type: text/html");
        assertNoStackTrace(response.body());
        assertStillServing();
    }

    static Stream<Arguments> malformedEncodingsTheEmulatorSees() {
        return Stream.of(
                Arguments.of(Named.of("a query whose escapes are not UTF-8", "GET"), "&state=%C3%28"),
                Arguments.of(Named.of("a query with an overlong UTF-8 slash", "GET"), "&state=%C0%AF"),
                Arguments.of(Named.of("a form body with a bad escape", "POST"), "&state=%zz"),
                Arguments.of(Named.of("a form body ending in %", "POST"), "&state=abc%"),
                Arguments.of(Named.of("a form body with a Latin-1 escape", "POST"), "&state=%E9t%E9"));
    }

    @ParameterizedTest
    @MethodSource("malformedEncodingsTheEmulatorSees")
    void refusesMalformedEncodingAtAuthorizeWithAPageWithoutAStackTrace(String method, String badParameter) {
        SignIn signIn = new SignIn(emulator, browser).with("state", null);
        String params = signIn.authorizeUri().getRawQuery() + badParameter;
        HttpRequest request = method.equals("GET")
                ? HttpRequest.newBuilder(URI.create(emulator.authorizationEndpoint() + "?" + params)).GET().build()
                : HttpRequest.newBuilder(emulator.authorizationEndpoint()).header("Content-Type", FORM)
                        .POST(HttpRequest.BodyPublishers.ofString(params)).build();

        HttpResponse<String> response = browser.send(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).as("no redirect with an unreadable request").isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Malformed form encoding").doesNotContain("Exception");
        assertNoStackTrace(response.body());
        assertStillServing();
    }

    static Stream<Arguments> hostileTokenRequests() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        byte[] tooMuch = new byte[100_000];
        Arrays.fill(tooMuch, (byte) 'a');
        byte[] small = "grant_type=refresh_token&refresh_token=x".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of(Named.of("Content-Length beyond a long", tokenRequestHead(FORM, "99999999999999999999999")), small),
                Arguments.of(Named.of("Content-Length not a number", tokenRequestHead(FORM, "lots")), small),
                Arguments.of(Named.of("negative Content-Length", tokenRequestHead(FORM, "-1")), small),
                Arguments.of(Named.of("Content-Length Long.MAX_VALUE, short body", tokenRequestHead(FORM,
                        String.valueOf(Long.MAX_VALUE))), small),
                Arguments.of(Named.of("every byte value as a form", tokenRequestHead(FORM, "256")), everyByte),
                Arguments.of(Named.of("random bytes as a form", tokenRequestHead(FORM, "4096")), noise),
                Arguments.of(Named.of("random bytes as octet-stream", tokenRequestHead("application/octet-stream", "4096")), noise),
                Arguments.of(Named.of("a 100 kB form", tokenRequestHead(FORM, "100000")), tooMuch));
    }

    @ParameterizedTest
    @MethodSource("hostileTokenRequests")
    void refusesAHostileTokenRequestWith4xxAndKeepsServing(String head, byte[] body) throws IOException {
        RawResponse response = raw(request(head, body));

        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertNoStackTrace(response.body());
        assertThat(emulator.control().count(io.github.vismaidentity.emulator.control.Counter.TOKEN_RESPONSES)).isZero();
        assertStillServing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void refusesOtherMethodsOnTheTokenEndpointWith405(String method) {
        HttpRequest request = HttpRequest.newBuilder(emulator.tokenEndpoint())
                .header("Content-Type", FORM)
                .header("Authorization", TokenCalls.demoBasic())
                .method(method, method.equals("HEAD") || method.equals("OPTIONS")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=x"))
                .build();

        HttpResponse<String> response = browser.send(request);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertStillServing();
    }

    @Test
    void keepsSigningInAfterABarrageOfGarbage() throws IOException {
        byte[][] garbage = {
                "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, '\r', '\n', '\r', '\n'},
                "GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII),
                ("GET /connect/authorize?" + "a=b&".repeat(20_000) + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                ("GET / HTTP/1.1\r\nX-Long: " + "x".repeat(200_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                request(tokenRequestHead(FORM, "1000"), "grant_type=".getBytes(StandardCharsets.US_ASCII)),
        };
        for (byte[] request : garbage) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
                socket.getInputStream().readAllBytes(); // whatever comes back, if anything
            } catch (IOException reset) {
                // a reset connection is a fine answer to garbage
            }
        }

        assertStillServing();
        SignIn signIn = new SignIn(emulator, browser);
        assertThat(tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()))).containsKey("refresh_token");
    }
}
