package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import java.io.IOException;

/**
 * An application transaction that gets a token (a refresh happens inside it), writes its own entity, and
 * then fails: the application's write is rolled back, the stored refresh must not be.
 */
@WebServlet("/protected/rollback")
public class RollbackPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FailingJob job;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try {
            job.run(request.getParameter("company"));
            response.getWriter().print("committed");
        } catch (IllegalStateException expected) {
            response.getWriter().print("rolled back");
        }
    }

    /** The transactional part. */
    @ApplicationScoped
    public static class FailingJob {

        @Inject
        private VismaTokens tokens;

        @PersistenceContext(unitName = "app")
        private EntityManager entities;

        @Transactional
        public void run(String companyId) {
            tokens.forCompany(companyId);
            entities.persist(new Note("written before the failure"));
            entities.flush();
            throw new IllegalStateException("the job fails after the refresh");
        }
    }
}
