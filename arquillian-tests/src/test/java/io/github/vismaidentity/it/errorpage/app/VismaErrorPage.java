package io.github.vismaidentity.it.errorpage.app;

import io.github.vismaidentity.VismaError;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The application's own error page ({@code visma.identity.error-path}): prints every attribute the extension
 * sets, each in an element with an id, and the dispatcher type it was reached by.
 */
@WebServlet("/visma-error")
public class VismaErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html><head><title>Our own error page</title></head><body>");
        out.println("<h1>Our own error page</h1>");
        row(out, "message-id", request.getAttribute(VismaError.MESSAGE_ID));
        row(out, "status", request.getAttribute(VismaError.STATUS));
        row(out, "message", request.getAttribute(VismaError.MESSAGE));
        row(out, "advice", request.getAttribute(VismaError.ADVICE));
        row(out, "sign-in", request.getAttribute(VismaError.SIGN_IN));
        row(out, "dispatcher", request.getDispatcherType());
        out.println("</body></html>");
    }

    private static void row(PrintWriter out, String id, Object value) {
        String text = String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;");
        out.println("<p id=\"" + id + "\">" + text + "</p>");
    }
}
