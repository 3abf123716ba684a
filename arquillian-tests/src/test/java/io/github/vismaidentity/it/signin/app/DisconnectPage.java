package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaTokens;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** POST: disconnects the signed-in caller's company, as an application's disconnect button does. */
@WebServlet("/protected/disconnect")
public class DisconnectPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private VismaTokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        VismaCallerPrincipal caller = (VismaCallerPrincipal) security.getCallerPrincipal();
        boolean revoked = tokens.disconnect(caller.getSubject(), caller.getCompanyId());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("disconnected, revoked=" + revoked);
    }
}
