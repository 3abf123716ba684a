package io.github.vismaidentity.it.signin.app;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/** Adds a note through the application's persistence unit and answers how many there are. */
@WebServlet("/notes")
public class Notes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoteBook book;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(book.add(request.getParameter("text")));
    }

    /** The transactional part. */
    @ApplicationScoped
    public static class NoteBook {

        @PersistenceContext(unitName = "app")
        private EntityManager entities;

        @Transactional
        public long add(String text) {
            entities.persist(new Note(text));
            entities.flush();
            return entities.createQuery("SELECT COUNT(n) FROM Note n", Long.class).getSingleResult();
        }
    }
}
