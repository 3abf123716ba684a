package io.github.vismaidentity.emulator.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered clients and users, looked up by id, username and subject. */
public final class Directory {

    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, User> usersByName = new LinkedHashMap<>();
    private final Map<String, User> usersBySubject = new LinkedHashMap<>();

    public Directory(List<Client> clients, List<User> users) {
        for (Client client : clients) {
            if (this.clients.putIfAbsent(client.id(), client) != null) {
                throw new IllegalArgumentException("Client id '" + client.id() + "' is registered twice");
            }
        }
        for (User user : users) {
            if (usersByName.putIfAbsent(user.username(), user) != null) {
                throw new IllegalArgumentException("Username '" + user.username() + "' is used twice");
            }
            if (usersBySubject.putIfAbsent(user.subject(), user) != null) {
                throw new IllegalArgumentException("Subject '" + user.subject() + "' is used twice");
            }
        }
        if (usersByName.isEmpty()) {
            throw new IllegalArgumentException("The emulator needs at least one user");
        }
    }

    public Optional<Client> client(String id) {
        return Optional.ofNullable(id).map(clients::get);
    }

    public Optional<User> user(String username) {
        return Optional.ofNullable(username).map(usersByName::get);
    }

    public Optional<User> userBySubject(String subject) {
        return Optional.ofNullable(subject).map(usersBySubject::get);
    }

    /** The users who can sign in to the company, in registration order. */
    public List<User> usersOf(String companyId) {
        return usersByName.values().stream()
                .filter(user -> user.company(companyId).isPresent())
                .toList();
    }

    public List<Client> clients() {
        return List.copyOf(clients.values());
    }

    public List<User> users() {
        return List.copyOf(usersByName.values());
    }
}
