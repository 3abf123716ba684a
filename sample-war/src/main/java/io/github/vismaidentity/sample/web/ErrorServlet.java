package io.github.vismaidentity.sample.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of every failure ({@code web.xml}'s {@code <error-page>}): a status and a page that says
 * what happened and what to do, never a stack trace. The exception goes to the server's log.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    transient SecurityContext security;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem;
        if (failure != null) {
            problem = Problem.of(failure);
            LOG.log(problem.status() >= 500 ? Level.WARNING : Level.INFO,
                    "Request " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", failure);
        } else {
            problem = statusOnly(request);
        }
        response.setStatus(problem.status());
        request.setAttribute("problem", problem);
        Views.render(request, response, security, "error");
    }

    private static Problem statusOnly(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return switch (status) {
            case 404 -> new Problem(404, "No such page", "Start again from the home page.", null, false);
            case 403 -> new Problem(403, "Not allowed", message instanceof String text && !text.isBlank() ? text
                    : "You may not open this page.", null, false);
            case 405 -> new Problem(405, "Not like this", "Use the buttons on the app's pages.", null, false);
            default -> new Problem(status, "Something went wrong",
                    "Try again. If it keeps happening, the server's log says what failed.", null, false);
        };
    }
}
