package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;
import jakarta.json.bind.annotation.JsonbProperty;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every {@code Field} constant of a resource class against the emulator: a filter on it is
 * answered and applied (the items it returns are exactly those of the whole list that match), and an
 * order by it, ascending and descending, is answered and applied. The value filtered on is one an item
 * really has, so each filter matches something.
 *
 * @param <T> the record the resource lists
 */
final class FieldContract<T> {

    /** As Visma's SQL Server compares texts: ignoring case. Nulls sort first, as there. */
    private static final Comparator<Object> ORDER = Comparator.nullsFirst((a, b) -> a instanceof String x
            && b instanceof String y ? String.CASE_INSENSITIVE_ORDER.compare(x, y) : compare(a, b));

    private final Class<T> record;
    private final Function<Query, Page<T>> list;
    private final List<T> all;

    /**
     * @param record the record the resource lists
     * @param list   the resource's {@code list}, e.g. {@code customers::list}
     */
    FieldContract(Class<T> record, Function<Query, Page<T>> list) {
        this.record = record;
        this.list = list;
        Page<T> page = list.apply(Query.all().pageSize(Query.MAX_PAGE_SIZE));
        assertThat(page.hasNext()).as("the whole list on one page").isFalse();
        this.all = page.items();
        assertThat(all).as("items to filter and order").hasSizeGreaterThan(1);
    }

    /** Every public {@code Field} constant of {@code resource}. */
    static List<Field<?>> fieldsOf(Class<?> resource) {
        return Arrays.stream(resource.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Field.class.isAssignableFrom(field.getType()))
                .<Field<?>>map(field -> {
                    try {
                        return (Field<?>) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    /** Filters and orders by each field of {@code resource}; returns how many fields it checked. */
    int checkEveryFieldOf(Class<?> resource) {
        List<Field<?>> fields = fieldsOf(resource);
        assertThat(fields).as(resource.getSimpleName() + "'s fields").isNotEmpty();
        fields.forEach(field -> {
            filters(field);
            orders(field);
        });
        return fields.size();
    }

    @SuppressWarnings("unchecked")
    private void filters(Field<?> field) {
        Function<T, Object> value = accessor(field);
        List<Object> values = all.stream().map(value).filter(Objects::nonNull).toList();
        assertThat(values).as("items with a " + field.name()).isNotEmpty();
        Object sample = values.get(values.size() / 2);
        boolean ordered = !(sample instanceof String || sample instanceof Boolean || sample instanceof java.util.UUID);
        Field<Object> typed = (Field<Object>) field;

        List<T> matched = list.apply(Query.all().where(ordered ? typed.ge(sample) : typed.eq(sample))
                .pageSize(Query.MAX_PAGE_SIZE)).items();

        List<T> expected = all.stream().filter(item -> value.apply(item) != null
                && (ordered ? ORDER.compare(value.apply(item), sample) >= 0 : ORDER.compare(value.apply(item), sample) == 0))
                .toList();
        assertThat(matched).as(field.name() + (ordered ? " ge " : " eq ") + sample).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private void orders(Field<?> field) {
        Function<T, Object> value = accessor(field);

        List<Object> ascending = list.apply(Query.all().orderBy(field).pageSize(Query.MAX_PAGE_SIZE)).items()
                .stream().map(value).toList();
        List<Object> descending = list.apply(Query.all().orderByDescending(field).pageSize(Query.MAX_PAGE_SIZE))
                .items().stream().map(value).toList();

        assertThat(ascending).as("ordered by " + field.name()).hasSize(all.size()).isSortedAccordingTo(ORDER);
        assertThat(descending).as("ordered by " + field.name() + " desc").hasSize(all.size())
                .isSortedAccordingTo(ORDER.reversed());
    }

    /** The record component whose JSON name is the field's name. */
    private Function<T, Object> accessor(Field<?> field) {
        RecordComponent component = Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getAccessor().getAnnotation(JsonbProperty.class).value().equals(field.name()))
                .findFirst().orElseThrow(() -> new AssertionError(field.name() + " is no property of "
                        + record.getSimpleName() + ": the field filters on what the record does not show"));
        return item -> {
            try {
                return component.getAccessor().invoke(item);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
