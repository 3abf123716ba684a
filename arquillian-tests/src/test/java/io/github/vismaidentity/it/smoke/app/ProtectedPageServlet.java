package io.github.vismaidentity.it.smoke.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/** The page behind web.xml's security constraint: says who the container thinks the caller is. */
@WebServlet("/protected/page")
public class ProtectedPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().printf("<html><body><p id=\"caller\">%s</p><p id=\"inRole\">%s</p></body></html>",
                caller == null ? "anonymous" : caller.getName(), request.isUserInRole("user"));
    }
}
