package io.github.vismaidentity.it.signin.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The application's own JPA entity, on the same datasource as the token sets. */
@Entity
public class Note {

    @Id
    private String id = UUID.randomUUID().toString();

    private String text;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
