package io.github.vismaidentity.it.smoke.app;

import io.github.vismaidentity.it.smoke.lib.SmokeRows;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Runs {@link FailingTransfer} and reports which rows survived, as {@code key=value} lines. */
@WebServlet("/tx")
public class TransactionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FailingTransfer transfer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SmokeRows.createTable();
        String run = UUID.randomUUID().toString();
        List<Object> keys = new ArrayList<>();
        String failure = "none";
        try {
            transfer.insertBothThenFail(run, keys);
        } catch (IllegalStateException e) {
            failure = e.getClass().getSimpleName();
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("failure=" + failure);
        response.getWriter().println("rows=" + SmokeRows.labels(run));
        response.getWriter().println("keys=" + keys.size());
        response.getWriter().println("distinctTransactions=" + (keys.size() == 2
                && keys.get(0) != null && keys.get(1) != null && !Objects.equals(keys.get(0), keys.get(1))));
    }
}
