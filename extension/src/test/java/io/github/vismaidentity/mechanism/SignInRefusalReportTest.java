package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.support.RecordingObserver;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mechanism reports each sign-in it refuses, with the message ID and the status of the page it answers;
 * the servlet request and response are stood in for (only what the refusal reads and writes).
 */
class SignInRefusalReportTest extends EmulatorTestBase {

    @Test
    void aCallbackForNoSignInInProgressIsReportedWithItsMessageIdAndTheStatusOfItsPage() {
        SignInHarness harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build());
        RecordingObserver observer = new RecordingObserver();
        VismaAuthenticationMechanism mechanism = new VismaAuthenticationMechanism(harness.settings, harness.discovery,
                harness.redirects, harness.validator, signedIn -> {
                    throw new AssertionError("nothing is saved");
                }, observer);
        AtomicInteger status = new AtomicInteger();
        String callback = harness.settings.redirectUri().orElseThrow().getRawPath();

        AuthenticationStatus answer = mechanism.validateRequest(request(callback, "code=abc&state=unknown"),
                response(status), stub(HttpMessageContext.class, Map.of()));

        assertThat(answer).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(observer.calls).containsExactly("signInFailed " + CallbackValidator.UNKNOWN_STATE + " "
                + status.get());
        assertThat(status.get()).isEqualTo(400);
    }

    private static HttpServletRequest request(String path, String query) {
        return stub(HttpServletRequest.class, Map.of("getRequestURI", path, "getQueryString", query,
                "getContextPath", "", "getMethod", "GET", "getScheme", "http", "getServerName", "localhost",
                "getServerPort", 8080));
    }

    private static HttpServletResponse response(AtomicInteger status) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    case "isCommitted" -> false;
                    default -> null;
                });
    }

    /** An interface whose named getters answer as given; every other method does nothing. */
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.get(method.getName())));
    }
}
