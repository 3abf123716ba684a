package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaSignOut;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A page behind the security constraint of web.xml: shows who is signed in, to which company. */
@WebServlet("/protected/*")
public class ProtectedPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        VismaCallerPrincipal caller = (VismaCallerPrincipal) security.getCallerPrincipal();
        response.getWriter().printf("""
                <!DOCTYPE html><html><head><title>Protected</title></head><body>
                <p id="name">%s</p><p id="subject">%s</p><p id="company-id">%s</p><p id="company">%s</p>
                <p id="in-role">%s</p><p id="request-principal">%s</p>
                <form method="post" action="%s/visma/signout"><input type="hidden" name="%s" value="%s">
                <button id="sign-out" type="submit">Sign out</button></form>
                </body></html>
                """, caller.getName(), caller.getSubject(), caller.getCompanyId(), caller.getCompanyName(),
                request.isUserInRole("visma-user"), request.getUserPrincipal().getName(), request.getContextPath(),
                VismaSignOut.FIELD, VismaSignOut.token(request));
    }
}
