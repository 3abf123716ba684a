package io.github.vismaidentity.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its response as a servlet container keeps them, for code that forwards: attributes, status,
 * headers, a body that commits when flushed, and a dispatcher that runs {@link #page} as the container runs the
 * forwarded resource (after clearing the buffer). No servlet container runs in the extension's unit tests; the
 * container tests run the same code on Payara Micro and WildFly.
 */
public final class ServletExchange {

    /** What the forwarded resource does with the request and the response it is given. */
    @FunctionalInterface
    public interface Page {
        void render(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    public final Map<String, Object> attributes = new HashMap<>();
    public final Map<String, String> headers = new HashMap<>();
    public final List<String> forwardedTo = new ArrayList<>();
    public final ByteArrayOutputStream body = new ByteArrayOutputStream();
    public int status = 200;
    public String redirectedTo;
    public boolean committed;
    public Page page = (request, response) -> { };
    private String characterEncoding;
    private PrintWriter writer;
    private ServletOutputStream stream;

    public final HttpServletRequest request = proxy(HttpServletRequest.class, this::onRequest);
    public final HttpServletResponse response = proxy(HttpServletResponse.class, this::onResponse);

    public String body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private Object onRequest(String method, Object[] args) {
        return switch (method) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getContextPath" -> "/app";
            case "getMethod" -> "GET";
            case "getRequestURI" -> "/app/protected/page";
            case "getQueryString" -> null;
            case "getRequestDispatcher" -> dispatcher((String) args[0]);
            default -> throw new UnsupportedOperationException("request." + method);
        };
    }

    private RequestDispatcher dispatcher(String path) {
        return proxy(RequestDispatcher.class, (method, args) -> {
            if (!method.equals("forward")) {
                throw new UnsupportedOperationException("dispatcher." + method);
            }
            ServletResponse target = (ServletResponse) args[1];
            if (target.isCommitted()) {
                throw new IllegalStateException("forward after the response was committed");
            }
            forwardedTo.add(path);
            target.resetBuffer();
            try {
                page.render((HttpServletRequest) args[0], (HttpServletResponse) target);
            } catch (RuntimeException | IOException e) {
                throw e;
            } catch (Exception e) {
                throw new jakarta.servlet.ServletException(e);
            }
            return null;
        });
    }

    private Object onResponse(String method, Object[] args) throws IOException {
        switch (method) {
            case "setStatus" -> status = (Integer) args[0];
            case "getStatus" -> {
                return status;
            }
            case "sendError" -> {
                status = (Integer) args[0];
                committed = true;
            }
            case "sendRedirect" -> {
                redirectedTo = (String) args[0];
                committed = true;
            }
            case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
            case "getHeader" -> {
                return headers.get((String) args[0]);
            }
            case "setContentType" -> {
                headers.put("Content-Type", (String) args[0]);
                String type = (String) args[0];
                if (type.contains("charset=")) {
                    characterEncoding = type.substring(type.indexOf("charset=") + 8);
                }
            }
            case "setCharacterEncoding" -> characterEncoding = (String) args[0];
            case "getCharacterEncoding" -> {
                return characterEncoding == null ? "ISO-8859-1" : characterEncoding;
            }
            case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
            case "isCommitted" -> {
                return committed;
            }
            case "flushBuffer" -> {
                if (writer != null) {
                    writer.flush();
                }
                committed = true;
            }
            case "resetBuffer" -> {
                if (committed) {
                    throw new IllegalStateException("resetBuffer after commit");
                }
                body.reset();
            }
            case "getOutputStream" -> {
                if (writer != null) {
                    throw new IllegalStateException("getWriter() was called");
                }
                return stream();
            }
            case "getWriter" -> {
                if (stream != null && writer == null) {
                    throw new IllegalStateException("getOutputStream() was called");
                }
                if (writer == null) {
                    writer = new PrintWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8));
                }
                return writer;
            }
            default -> throw new UnsupportedOperationException("response." + method);
        }
        return null;
    }

    private ServletOutputStream stream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
        return stream;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(ServletExchange.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> type.getSimpleName();
                        };
                    }
                    return handler.handle(method.getName(), args == null ? new Object[0] : args);
                }));
    }
}
