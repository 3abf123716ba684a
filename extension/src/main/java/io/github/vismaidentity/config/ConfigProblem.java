package io.github.vismaidentity.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * One finding about the configuration: a stable message ID ({@code VISMAID1xxx}) that can be searched for in
 * the documentation, and a message that names the MicroProfile Config key, its environment variable and the
 * fix. A message never contains the client secret or the encryption key.
 *
 * @param id      the message ID, for example {@code VISMAID1001}; IDs never change meaning between versions
 * @param message what is wrong and how to fix it, without the ID
 */
public record ConfigProblem(String id, String message) implements Serializable {

    /** @throws NullPointerException when the id or the message is null */
    public ConfigProblem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }

    /** The line a log or an exception shows: {@code VISMAID1001: No client id. ...}. */
    @Override
    public String toString() {
        return id + ": " + message;
    }
}
