package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a record disagrees with the schema it maps in Visma's OpenAPI description: a component
 * without {@code @JsonbProperty}, a name the schema does not have, a Java type that is not the one
 * the property's type and format call for, or an open enum whose known values are not the ones the
 * property's description lists.
 */
final class SchemaAgreement {

    /** {@code 1 = Apartment} in an integer's description (the reversed {@code None = 0} is not modelled). */
    private static final Pattern POSSIBLE_VALUE = Pattern.compile("(\\d+) = ([A-Za-z][A-Za-z0-9]*)");

    private final Map<String, Map<String, Object>> schemas;
    private final Map<Class<?>, String> table;

    /**
     * @param schemas {@code components.schemas} of the description
     * @param table   each record class to the name of the schema it maps
     */
    SchemaAgreement(Map<String, Map<String, Object>> schemas, Map<Class<?>, String> table) {
        this.schemas = schemas;
        this.table = table;
    }

    /** @return one line per disagreement of {@code type} with its schema; empty when they agree */
    List<String> disagreements(Class<?> type) {
        String schemaName = table.get(type);
        Map<String, Object> schema = schemas.get(schemaName);
        if (schema == null) {
            return List.of(type.getSimpleName() + ": schema " + schemaName + " is not in the description");
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        List<String> found = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + component.getName();
            JsonbProperty name = component.getAccessor().getAnnotation(JsonbProperty.class);
            if (name == null) {
                found.add(where + " has no @JsonbProperty");
            } else if (!properties.containsKey(name.value())) {
                found.add(where + ": " + schemaName + " has no property " + name.value());
            } else {
                String wrong = typeDisagreement(properties.get(name.value()), name.value(), component.getGenericType());
                if (wrong != null) {
                    found.add(where + " (" + name.value() + "): " + wrong);
                }
            }
        }
        return found;
    }

    /** Why {@code java} is not the type {@code property} calls for, or null when it is. */
    private String typeDisagreement(Map<String, Object> property, String name, Type java) {
        Object ref = property.get("$ref");
        if (ref != null) {
            String target = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            return target.equals(table.get(java)) ? null
                    : "is " + target + " in the description, not " + simpleName(java) + " (which maps " + table.get(java) + ")";
        }
        String type = schemaType(property.get("type"));
        Object format = property.get("format");
        List<Class<?>> expected = switch (type) {
            case "string" -> "uuid".equals(format) ? List.of(UUID.class)
                    : "date-time".equals(format) ? List.of(name.endsWith("Utc") ? Instant.class : LocalDate.class)
                    : List.of(String.class);
            case "number" -> List.of(BigDecimal.class);
            case "integer" -> "int64".equals(format) ? List.of(Long.class, long.class) : List.of(Integer.class, int.class);
            case "boolean" -> List.of(Boolean.class, boolean.class);
            case "array" -> List.of();
            default -> null;
        };
        if (expected == null) {
            return "the description's type " + type + " is not one the model maps";
        }
        if (type.equals("array")) {
            return arrayDisagreement(property, name, java);
        }
        if (type.equals("integer") && isOpenEnum(java)) {
            return openEnumDisagreement(property, (Class<?>) java);
        }
        if (expected.contains(java)) {
            return null;
        }
        return "is " + type + (format == null ? "" : " " + format) + " in the description, so "
                + expected.stream().map(Class::getSimpleName).collect(Collectors.joining(" or "))
                + (type.equals("integer") ? " or an open enum" : "") + ", not " + simpleName(java);
    }

    /**
     * Why the open enum does not know exactly the values the description lists ("Possible values: 1 =
     * Apartment, 2 = Property"), under the same names; null when it does, or when the description lists none.
     */
    private static String openEnumDisagreement(Map<String, Object> property, Class<?> openEnum) {
        String description = String.valueOf(property.get("description")).replaceAll("<[^>]+>", " ");
        if (!description.contains("Possible values:")) {
            return null;
        }
        Map<Integer, String> listed = new LinkedHashMap<>();
        Matcher value = POSSIBLE_VALUE.matcher(description);
        while (value.find()) {
            listed.put(Integer.valueOf(value.group(1)), value.group(2) + "(" + value.group(1) + ")");
        }
        Map<Integer, String> known = new LinkedHashMap<>();
        for (Integer code : listed.keySet()) {
            known.put(code, describe(openEnum, code));
        }
        int knownCount = Arrays.stream(openEnum.getDeclaredClasses()).filter(Class::isEnum)
                .mapToInt(type -> type.getEnumConstants().length).sum();
        return listed.equals(known) && knownCount == listed.size() ? null
                : "the description lists " + listed.values() + ", " + openEnum.getSimpleName() + " knows " + knownCount
                        + " values and names those " + known.values();
    }

    private static String describe(Class<?> openEnum, int code) {
        try {
            return openEnum.getDeclaredConstructor(int.class).newInstance(code).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String arrayDisagreement(Map<String, Object> property, String name, Type java) {
        if (!(java instanceof ParameterizedType list) || list.getRawType() != List.class) {
            return "is an array in the description, so a List, not " + simpleName(java);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> items = (Map<String, Object>) property.get("items");
        String wrong = typeDisagreement(items, name, list.getActualTypeArguments()[0]);
        return wrong == null ? null : "an item " + wrong;
    }

    private static String simpleName(Type java) {
        return java instanceof Class<?> type ? type.getSimpleName() : java.getTypeName();
    }

    /** {@code string} of {@code string}, or of {@code [string, "null"]}: nullability is not the type. */
    private static String schemaType(Object type) {
        if (type instanceof List<?> types) {
            return types.stream().map(Object::toString).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return String.valueOf(type);
    }

    /** A record of one {@code int value} with a nested JSON-B {@code Adapter}, as the model's open enums are. */
    static boolean isOpenEnum(Type java) {
        if (!(java instanceof Class<?> type) || !type.isRecord()) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        boolean oneInt = components.length == 1 && components[0].getType() == int.class
                && components[0].getName().equals("value");
        return oneInt && List.of(type.getDeclaredClasses()).stream().anyMatch(c -> c.getSimpleName().equals("Adapter"));
    }
}
