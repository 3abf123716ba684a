package io.github.vismaidentity.emulator.directory;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the users of {@code --users FILE}: a JSON object whose {@code users} array lists, for each
 * user, {@code username}, {@code password}, optional {@code name}, {@code email} and {@code sub},
 * and {@code companies}, each with {@code name} and optional {@code id}, {@code country} and
 * {@code customers}. The first company is the user's default.
 */
public final class UsersFile {

    private UsersFile() {
    }

    /** The users in the file; a problem names the file, the entry and what to fix. */
    public static List<User> read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read users file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(json);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Users file " + file + ": " + e.getMessage(), e);
        }
    }

    static List<User> parse(String json) throws ParseException {
        Map<String, Object> root = JSONObjectUtils.parse(json);
        Map<String, Object>[] entries = JSONObjectUtils.getJSONObjectArray(root, "users");
        if (entries == null || entries.length == 0) {
            throw new IllegalArgumentException("expected {\"users\": [ ... ]} with at least one user");
        }
        List<User> users = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            users.add(user(entries[i], "users[" + i + "]"));
        }
        return users;
    }

    private static User user(Map<String, Object> entry, String where) throws ParseException {
        String username = required(entry, "username", where);
        String password = required(entry, "password", where);
        String name = optional(entry, "name", username);
        Map<String, Object>[] companyEntries = JSONObjectUtils.getJSONObjectArray(entry, "companies");
        if (companyEntries == null || companyEntries.length == 0) {
            throw new IllegalArgumentException(where + " ('" + username + "') needs a non-empty \"companies\" array");
        }
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < companyEntries.length; i++) {
            companies.add(company(companyEntries[i], where + ".companies[" + i + "]"));
        }
        return new User(username, password, optional(entry, "sub", User.stableSubject(username)), name,
                optional(entry, "email", User.defaultEmail(username)), companies);
    }

    private static Company company(Map<String, Object> entry, String where) throws ParseException {
        String name = required(entry, "name", where);
        Object customers = entry.getOrDefault("customers", 10L);
        if (!(customers instanceof Number number) || number.intValue() < 0) {
            throw new IllegalArgumentException(where + ".customers must be a number of 0 or more");
        }
        return new Company(optional(entry, "id", Company.stableId("company:" + name)), name, optional(entry, "country", "SE"),
                number.intValue());
    }

    private static String required(Map<String, Object> entry, String field, String where) throws ParseException {
        String value = JSONObjectUtils.getString(entry, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " needs a non-empty \"" + field + "\"");
        }
        return value;
    }

    private static String optional(Map<String, Object> entry, String field, String fallback) throws ParseException {
        String value = JSONObjectUtils.getString(entry, field);
        return value == null || value.isBlank() ? fallback : value;
    }
}
