package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {

    private static final QueryFields FIELDS = QueryFields.of("invoices")
            .field("Name", FieldType.STRING)
            .field("IsActive", FieldType.BOOLEAN)
            .field("TotalAmount", FieldType.NUMBER)
            .field("Count", FieldType.INTEGER)
            .field("InvoiceDate", FieldType.DATE)
            .field("ChangedUtc", FieldType.INSTANT)
            .field("CustomerId", FieldType.UUID);

    private static final List<Map<String, Object>> ITEMS = List.of(
            item("A", "Acme AB", true, "100.50", 3, "2024-01-31T00:00:00", "2024-01-31T12:00:00Z", "0c9d2b54-3f0e-4ad4-9a2f-5a1f1b2c3d4e"),
            item("B", "O'Brien Bygg", false, "99.99", 7, "2024-02-01", "2024-01-31T11:59:59.500Z", "11111111-2222-3333-4444-555555555555"),
            item("C", "acme data", true, "250", 0, "2023-12-31", "2024-03-01T08:00:00Z", null),
            item("D", null, null, null, null, null, null, null));

    private static Map<String, Object> item(String key, String name, Boolean active, String total, Integer count,
                                            String date, String changed, String customer) {
        Map<String, Object> item = new HashMap<>();
        item.put("Key", key);
        item.put("Name", name);
        item.put("IsActive", active);
        item.put("TotalAmount", total == null ? null : new BigDecimal(total));
        item.put("Count", count);
        item.put("InvoiceDate", date);
        item.put("ChangedUtc", changed);
        item.put("CustomerId", customer);
        return item;
    }

    private static String matching(String filter) throws ApiError {
        var condition = FilterParser.parse(filter, FIELDS);
        StringBuilder keys = new StringBuilder();
        ITEMS.stream().filter(condition).forEach(item -> keys.append(item.get("Key")));
        return keys.toString();
    }

    @ParameterizedTest(name = "{0} keeps {1}")
    @CsvSource(delimiter = '|', value = {
            "Name eq 'O''Brien Bygg'                                   | B",
            "Name eq 'ACME AB'                                         | A",
            "Name ne 'Acme AB'                                         | BCD",
            "startswith(Name,'acme')                                   | AC",
            "contains(Name, 'BRIEN')                                   | B",
            "startswith(Name,'O''B')                                   | B",
            "IsActive eq true                                          | AC",
            "IsActive eq false                                         | B",
            "TotalAmount gt 100.50                                     | C",
            "TotalAmount ge 100.5                                      | AC",
            "TotalAmount lt 100                                        | B",
            "Count le 3                                                | AC",
            "InvoiceDate ge 2024-01-31                                 | AB",
            "InvoiceDate lt 2024-01-31                                 | C",
            "ChangedUtc gt 2024-01-31T12:00:00Z                        | C",
            "ChangedUtc lt 2024-01-31T12:00:00Z                        | B",
            "ChangedUtc eq 2024-01-31T14:00:00+02:00                   | A",
            "CustomerId eq 0C9D2B54-3F0E-4AD4-9A2F-5A1F1B2C3D4E        | A",
            "IsActive eq true and TotalAmount gt 200                   | C",
            "IsActive eq false or TotalAmount gt 200                   | BC",
            "IsActive eq false or IsActive eq true and Count eq 0      | BC",
            "(IsActive eq false or IsActive eq true) and Count eq 0    | C",
            "not (IsActive eq true)                                    | BD",
            "not IsActive eq true and not Name eq 'O''Brien Bygg'      | D",
            "NOT(startswith(Name,'Acme')) AND Count GE 0               | B",
            "((Name eq 'Acme AB'))                                     | A",
    })
    void keepsTheItemsTheFilterDescribes(String filter, String expected) throws ApiError {
        assertThat(matching(filter)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Name eq                               | expected a quoted string like 'Acme' at position 8, found the end of the filter",
            "Name 'Acme'                           | expected an operator (eq, ne, gt, ge, lt, le) at position 6",
            "Name like 'Acme'                      | expected an operator (eq, ne, gt, ge, lt, le) at position 6, found 'like'",
            "(Name eq 'Acme'                       | expected ')' at position 16",
            "Name eq 'Acme')                       | expected the end of the filter at position 15, found ')'",
            "Name eq 'Acme' and                    | at position 19, found the end of the filter",
            "Name eq 'Acme' IsActive eq true       | expected the end of the filter at position 16, found 'IsActive'",
            "Name eq 'Acme                         | the string starting at position 9 has no closing quote",
            "Name eq \"Acme\"                      | unexpected character '\"' at position 9",
            "startswith(Name 'Ac')                 | expected ',' at position 17",
            "IsActive eq 'true'                    | IsActive compares with true or false, not 'true' at position 13",
            "TotalAmount gt abc                    | TotalAmount compares with a number like 100.50, not 'abc' at position 16",
            "Count eq 1.5                          | Count compares with a whole number like 42, not '1.5' at position 10",
            "InvoiceDate ge 2024-13-01             | InvoiceDate compares with a date like 2024-01-31, not '2024-13-01' at position 16",
            "InvoiceDate ge '2024-01-01'           | InvoiceDate compares with a date like 2024-01-31",
            "CustomerId eq 'x'                     | CustomerId compares with a GUID",
            "Name eq Acme                          | Name compares with a quoted string like 'Acme', not 'Acme' at position 9",
            "contains(IsActive,'t')                | contains needs a text field, and 'IsActive' at position 10 is not one",
    })
    void refusesMalformedFiltersNamingWhatAndWhere(String filter, String message) {
        assertThatThrownBy(() -> FilterParser.parse(filter, FIELDS))
                .isInstanceOfSatisfying(ApiError.class, error -> {
                    assertThat(error.status()).isEqualTo(400);
                    assertThat(error.errorCode()).isEqualTo(4000);
                })
                .hasMessageStartingWith("$filter: ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Email eq 'a'", "startswith(Email,'a')", "IsActive eq true or Secret gt 1"})
    void refusesAFieldTheResourceCannotBeFilteredByAndListsTheOnesItCan(String filter) {
        assertThatThrownBy(() -> FilterParser.parse(filter, FIELDS))
                .isInstanceOf(ApiError.class)
                .hasMessageContaining("is not a field invoices can be filtered or ordered by")
                .hasMessageContaining("use one of Name, IsActive, TotalAmount, Count, InvoiceDate, ChangedUtc, CustomerId");
    }
}
