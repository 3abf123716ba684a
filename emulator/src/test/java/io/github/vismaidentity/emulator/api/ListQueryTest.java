package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListQueryTest {

    private static final QueryFields FIELDS = QueryFields.of("customers")
            .field("Name", FieldType.STRING)
            .field("CustomerNumber", FieldType.STRING)
            .field("IsActive", FieldType.BOOLEAN)
            .properties(java.util.Set.of("Id", "Name", "CustomerNumber", "IsActive"));
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00.789Z");

    /** Customers 1..n: names cycle through three, every third inactive. */
    private static List<Map<String, Object>> customers(int count) {
        List<String> names = List.of("Beta", "alpha", "Gamma");
        return IntStream.rangeClosed(1, count).mapToObj(i -> Map.<String, Object>of("Id", "id-" + i,
                "Name", names.get(i % 3), "CustomerNumber", String.valueOf(1000 + i), "IsActive", i % 3 != 0)).toList();
    }

    private static Map<String, Object> answer(String query, List<Map<String, Object>> items) throws ApiError, HttpProblem {
        return ListQuery.of(FormParameters.parse(query), FIELDS).answer(items, Function.identity(), NOW);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("Data");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Map<String, Object> body) {
        return (Map<String, Object>) body.get("Meta");
    }

    private static List<Object> column(Map<String, Object> body, String name) {
        List<Object> values = new ArrayList<>();
        data(body).forEach(item -> values.add(item.get(name)));
        return values;
    }

    @Test
    void metaCountsWhatTheFilterKeepsAndTheServerTimeInWholeSeconds() throws Exception {
        Map<String, Object> body = answer("$filter=IsActive%20eq%20true&$pagesize=4&$page=2", customers(20));

        assertThat(meta(body)).containsExactly(Map.entry("CurrentPage", 2), Map.entry("PageSize", 4),
                Map.entry("TotalNumberOfPages", 4), Map.entry("TotalNumberOfResults", 14),
                Map.entry("ServerTimeUtc", "2026-12-02T12:00:00Z"));
        assertThat(column(body, "CustomerNumber")).containsExactly("1007", "1008", "1010", "1011");
    }

    @Test
    void anEmptyListHasOnePageAndAPageAfterTheLastIsEmpty() throws Exception {
        assertThat(meta(answer("", List.of()))).containsEntry("TotalNumberOfPages", 1).containsEntry("TotalNumberOfResults", 0);
        Map<String, Object> after = answer("$page=3&$pagesize=10", customers(20));
        assertThat(data(after)).isEmpty();
        assertThat(meta(after)).containsEntry("CurrentPage", 3).containsEntry("TotalNumberOfPages", 2);
    }

    @Test
    void aPageSizeAboveOneThousandIsServedAsOneThousand() throws Exception {
        Map<String, Object> body = answer("$pagesize=5000", customers(1500));

        assertThat(meta(body)).containsEntry("PageSize", 1000).containsEntry("TotalNumberOfPages", 2);
        assertThat(data(body)).hasSize(1000);
    }

    @Test
    void ordersBySeveralFieldsCaseInsensitiveAscendingByDefaultAndKeepsStoredOrderForTies() throws Exception {
        Map<String, Object> body = answer("$orderby=Name,CustomerNumber%20desc&$pagesize=6", customers(6));

        assertThat(column(body, "Name")).containsExactly("alpha", "alpha", "Beta", "Beta", "Gamma", "Gamma");
        assertThat(column(body, "CustomerNumber")).containsExactly("1004", "1001", "1006", "1003", "1005", "1002");
        assertThat(column(answer("$orderby=Name%20DESC&$pagesize=3", customers(3)), "CustomerNumber"))
                .containsExactly("1002", "1003", "1001");
    }

    @Test
    void selectKeepsOnlyTheNamedPropertiesInTheirOrder() throws Exception {
        Map<String, Object> body = answer("$select=Name,Id&$pagesize=2", customers(2));

        assertThat(data(body)).allSatisfy(item -> assertThat(item.keySet()).containsExactly("Name", "Id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$orderby=Email                | $orderby: 'Email' is not a field customers can be filtered or ordered by",
            "$orderby=Name sideways        | $orderby: 'Name sideways' must be a field name, optionally followed by asc or desc",
            "$orderby=Name,,IsActive       | An empty name in 'Name,,IsActive'",
            "$select=Id,Password           | $select: 'Password' is not a property of customers",
            "$filter=Name eq               | $filter: expected",
            "$page=0                       | $page must be a whole number of 1 or more, not '0'",
            "$pagesize=ten                 | $pagesize must be a whole number of 1 or more, not 'ten'",
    })
    void refusesAMalformedOptionSayingWhatToFix(String query, String message) {
        String encoded = query.replace(" ", "%20");

        assertThatThrownBy(() -> answer(encoded, customers(3)))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.status()).isEqualTo(400))
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$filter=", "$orderby=", "$select="})
    void anEmptyOptionIsNoOption(String query) throws Exception {
        assertThat(data(answer(query, customers(3)))).hasSize(3);
    }
}
