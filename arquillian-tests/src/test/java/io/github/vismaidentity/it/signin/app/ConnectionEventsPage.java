package io.github.vismaidentity.it.signin.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The connection events {@link ConnectionEventRecorder} heard so far, one per line, oldest first. No token. */
@WebServlet("/test/connection-events")
public class ConnectionEventsPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConnectionEventRecorder recorder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        for (String line : recorder.heard()) {
            response.getWriter().println(line);
        }
    }
}
