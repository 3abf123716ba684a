package io.github.vismaidentity.emulator.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsersFileTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("users.json"), json);
    }

    @Test
    void readsUsersWithTheirCompaniesAndTheFirstCompanyAsDefault() throws Exception {
        List<User> users = UsersFile.read(file("""
                {"users": [
                  {"username": "anna", "password": "pw1", "name": "Anna Berg", "email": "anna@firm.example",
                   "sub": "0f8fad5b-d9cb-469f-a165-70867728950e",
                   "companies": [{"name": "Berg AB", "id": "6f1b0c1e-0000-4000-8000-000000000001", "country": "SE", "customers": 4},
                                 {"name": "Berg Norge AS", "country": "NO"}]},
                  {"username": "bo", "password": "pw2", "companies": [{"name": "Bo Bygg AB"}]}
                ]}
                """));

        User anna = users.get(0);
        assertThat(anna.subject()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(anna.email()).isEqualTo("anna@firm.example");
        assertThat(anna.defaultCompany()).isEqualTo(
                new Company("6f1b0c1e-0000-4000-8000-000000000001", "Berg AB", "SE", 4));
        assertThat(anna.companies().get(1).countryCode()).isEqualTo("NO");
        User bo = users.get(1);
        assertThat(bo.name()).isEqualTo("bo");
        assertThat(bo.subject()).as("derived from the username").isEqualTo(User.stableSubject("bo"));
        assertThat(bo.defaultCompany().id()).as("derived from the name").isEqualTo(Company.named("Bo Bygg AB", "SE", 0).id());
    }

    @Test
    void derivedIdsAreGuidsThatStayTheSameAcrossReads() throws Exception {
        Path users = file("{\"users\": [{\"username\": \"bo\", \"password\": \"pw\", \"companies\": [{\"name\": \"Bo AB\"}]}]}");

        User first = UsersFile.read(users).get(0);
        User second = UsersFile.read(users).get(0);

        assertThat(first.subject()).isEqualTo(second.subject())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(first.defaultCompany().id()).isEqualTo(second.defaultCompany().id());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "not json at all                                                             | Users file",
            "{\"people\": []}                                                            | expected {\"users\": [ ... ]}",
            "{\"users\": [{\"password\": \"p\", \"companies\": [{\"name\": \"A\"}]}]}    | users[0] needs a non-empty \"username\"",
            "{\"users\": [{\"username\": \"u\", \"companies\": [{\"name\": \"A\"}]}]}    | users[0] needs a non-empty \"password\"",
            "{\"users\": [{\"username\": \"u\", \"password\": \"p\"}]}                   | users[0] ('u') needs a non-empty \"companies\" array",
            "{\"users\": [{\"username\": \"u\", \"password\": \"p\", \"companies\": [{}]}]} | users[0].companies[0] needs a non-empty \"name\"",
            "{\"users\": [{\"username\": \"u\", \"password\": \"p\", \"companies\": [{\"name\": \"A\", \"customers\": -1}]}]} | users[0].companies[0].customers must be a number of 0 or more"})
    void refusesABadFileNamingTheFileTheEntryAndTheFix(String json, String message) throws Exception {
        Path users = file(json);

        assertThatThrownBy(() -> UsersFile.read(users))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(users.toString())
                .hasMessageContaining(message);
    }

    @Test
    void theDirectoryRefusesAUsernameUsedTwice() throws Exception {
        List<User> users = UsersFile.read(file("""
                {"users": [{"username": "u", "password": "a", "companies": [{"name": "A"}]},
                           {"username": "u", "password": "b", "companies": [{"name": "B"}]}]}
                """));

        assertThatThrownBy(() -> new Directory(List.of(Seed.client()), users))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Username 'u' is used twice");
    }

    @Test
    void neverShowsAPasswordOrSecretInToString() {
        User user = User.of("anna", "hunter2-secret", "Anna", List.of(Company.named("A", "SE", 0)));
        Client client = Seed.client();

        assertThat(user.toString()).contains("anna").doesNotContain("hunter2-secret");
        assertThat(client.toString()).doesNotContain(client.secret());
    }
}
