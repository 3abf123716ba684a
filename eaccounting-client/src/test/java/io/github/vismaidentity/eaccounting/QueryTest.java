package io.github.vismaidentity.eaccounting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed query writes exactly Visma's OData-like syntax, with every value escaped. */
class QueryTest {

    private static final Field.Text NAME = Field.string("Name");
    private static final Field<Boolean> ACTIVE = Field.bool("IsActive");

    @Test
    void eachTypeIsWrittenAsVismaReadsIt() {
        assertThat(NAME.eq("O'Brien")).hasToString("Name eq 'O''Brien'");
        assertThat(ACTIVE.eq(true)).hasToString("IsActive eq true");
        assertThat(Field.number("TotalAmount").gt(new BigDecimal("100.50"))).hasToString("TotalAmount gt 100.50");
        assertThat(Field.number("TotalAmount").le(new BigDecimal("1E+3"))).hasToString("TotalAmount le 1000");
        assertThat(Field.integer("InvoiceNumber").ne(7)).hasToString("InvoiceNumber ne 7");
        assertThat(Field.date("InvoiceDate").ge(LocalDate.of(2024, 1, 31))).hasToString("InvoiceDate ge 2024-01-31");
        assertThat(Field.instant("ChangedUtc").gt(Instant.parse("2024-01-31T12:00:00Z")))
                .hasToString("ChangedUtc gt 2024-01-31T12:00:00Z");
        UUID id = UUID.fromString("0c9d6f4e-1c57-4f5e-a2a0-1b1a2c3d4e5f");
        assertThat(Field.uuid("CustomerId").eq(id)).hasToString("CustomerId eq " + id);
        assertThat(Field.date("DueDate").lt(LocalDate.of(2024, 2, 1))).hasToString("DueDate lt 2024-02-01");
    }

    @Test
    void textSearchesQuoteTheirValue() {
        assertThat(NAME.startsWith("Ac")).hasToString("startswith(Name,'Ac')");
        assertThat(NAME.contains("it's")).hasToString("contains(Name,'it''s')");
    }

    @Test
    void aValueCannotBreakOutOfItsQuotes() {
        Filter hostile = NAME.eq("x' or IsActive eq true or Name eq '");

        assertThat(hostile).hasToString("Name eq 'x'' or IsActive eq true or Name eq '''");
    }

    @Test
    void andOrAndNotKeepTheirMeaningWithParentheses() {
        Filter a = NAME.eq("a");
        Filter b = NAME.eq("b");
        Filter active = ACTIVE.eq(true);

        assertThat(a.or(b).and(active)).hasToString("(Name eq 'a' or Name eq 'b') and IsActive eq true");
        assertThat(active.and(a.or(b))).hasToString("IsActive eq true and (Name eq 'a' or Name eq 'b')");
        assertThat(a.and(active).or(b)).hasToString("Name eq 'a' and IsActive eq true or Name eq 'b'");
        assertThat(Filter.not(a.or(b))).hasToString("not (Name eq 'a' or Name eq 'b')");
        assertThat(Filter.not(a).and(b)).hasToString("not (Name eq 'a') and Name eq 'b'");
    }

    @Test
    void theParametersAreFilterOrderSelectPageAndSize() {
        Query query = Query.all().where(ACTIVE.eq(true)).orderByDescending(NAME).orderBy(Field.string("CustomerNumber"))
                .select(Field.uuid("Id"), NAME).page(2).pageSize(1000);

        assertThat(query.parameters()).containsExactly(
                Map.entry("$filter", "IsActive eq true"),
                Map.entry("$orderby", "Name desc,CustomerNumber"),
                Map.entry("$select", "Id,Name"),
                Map.entry("$page", "2"),
                Map.entry("$pagesize", "1000"));
        assertThat(Query.all().parameters()).isEmpty();
    }

    @Test
    void theRawFormsAreSentAsGivenAndReplaceTheTypedOnes() {
        Query query = Query.all().where(ACTIVE.eq(true)).rawFilter("Name eq 'x'").orderBy(NAME)
                .rawOrderBy("CustomerNumber desc").rawSelect("Id");

        assertThat(query.parameters()).containsExactly(Map.entry("$filter", "Name eq 'x'"),
                Map.entry("$orderby", "CustomerNumber desc"), Map.entry("$select", "Id"));
    }

    @Test
    void aQueryIsImmutable() {
        Query all = Query.all();

        all.where(ACTIVE.eq(true)).page(3);

        assertThat(all.parameters()).isEmpty();
        assertThat(all.requestedPage()).isEmpty();
    }

    @Test
    void badInputIsRefusedSayingWhatToFix() {
        assertThatThrownBy(() -> Query.all().pageSize(1001)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> Query.all().pageSize(0)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> Query.all().page(0)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> Query.all().rawFilter(" ")).hasMessageContaining("rawFilter");
        assertThatThrownBy(() -> NAME.eq(null)).hasMessageContaining("not null");
        assertThatThrownBy(() -> Field.string("Name eq 'x' or Id")).hasMessageContaining("letters and digits");
    }
}
