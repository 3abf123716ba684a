package io.github.vismaidentity.it.signin.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /logout}: signs the caller out with nothing but the Servlet API's {@code request.logout()}, as an
 * application with its own sign-out page does; the session is left alone.
 */
@WebServlet("/logout")
public class LogoutPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean signedIn = request.getUserPrincipal() != null;
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("signed-in-before=%s%nsigned-in-after=%s%nsession=%s%n", signedIn,
                request.getUserPrincipal() != null, request.getSession(false) != null);
    }
}
