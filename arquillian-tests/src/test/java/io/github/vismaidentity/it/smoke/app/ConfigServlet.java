package io.github.vismaidentity.it.smoke.app;

import io.github.vismaidentity.it.smoke.lib.SmokeExtension;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Shows what the extension read from MicroProfile Config during AfterBeanDiscovery. */
@WebServlet("/config")
public class ConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(SmokeExtension.issuerSeenAtAfterBeanDiscovery());
    }
}
