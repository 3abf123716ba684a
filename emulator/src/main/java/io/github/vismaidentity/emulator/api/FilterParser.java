package io.github.vismaidentity.emulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Visma's {@code $filter} syntax, as much of it as the typed client writes: comparisons
 * ({@code Name eq 'O''Brien'}, {@code TotalAmount gt 100.50}, {@code InvoiceDate ge 2024-01-31},
 * {@code ChangedUtc gt 2024-01-31T12:00:00Z}, {@code CustomerId eq <guid>}, {@code IsActive eq true}),
 * {@code startswith(Name,'Ac')}, {@code contains(Name,'x')}, {@code and}, {@code or}, {@code not},
 * and parentheses. A syntax error or an unknown field is a 400 that names the character position
 * (1 for the first) or the field.
 */
final class FilterParser {

    private enum Kind { WORD, STRING, OPEN, CLOSE, COMMA, END }

    private record Token(Kind kind, String text, int position) {
    }

    private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "ge", "lt", "le");

    private final QueryFields fields;
    private final List<Token> tokens;
    private int next;

    private FilterParser(QueryFields fields, List<Token> tokens) {
        this.fields = fields;
        this.tokens = tokens;
    }

    /** The items the filter keeps. */
    static Predicate<Map<String, Object>> parse(String filter, QueryFields fields) throws ApiError {
        FilterParser parser = new FilterParser(fields, tokenize(filter));
        Predicate<Map<String, Object>> condition = parser.or();
        parser.expect(Kind.END, "the end of the filter");
        return condition;
    }

    private Predicate<Map<String, Object>> or() throws ApiError {
        Predicate<Map<String, Object>> condition = and();
        while (keyword("or")) {
            condition = condition.or(and());
        }
        return condition;
    }

    private Predicate<Map<String, Object>> and() throws ApiError {
        Predicate<Map<String, Object>> condition = unary();
        while (keyword("and")) {
            condition = condition.and(unary());
        }
        return condition;
    }

    private Predicate<Map<String, Object>> unary() throws ApiError {
        if (keyword("not")) {
            return unary().negate();
        }
        if (peek().kind() == Kind.OPEN) {
            next++;
            Predicate<Map<String, Object>> inner = or();
            expect(Kind.CLOSE, "')'");
            return inner;
        }
        Token word = expect(Kind.WORD, "a field name, a function, 'not' or '('");
        String lower = word.text().toLowerCase(Locale.ROOT);
        if ((lower.equals("startswith") || lower.equals("contains")) && peek().kind() == Kind.OPEN) {
            return function(lower);
        }
        return comparison(word);
    }

    private Predicate<Map<String, Object>> comparison(Token field) throws ApiError {
        FieldType type = fieldType(field);
        Token operator = expect(Kind.WORD, "an operator (eq, ne, gt, ge, lt, le)");
        String op = operator.text().toLowerCase(Locale.ROOT);
        if (!OPERATORS.contains(op)) {
            throw syntax(operator, "an operator (eq, ne, gt, ge, lt, le)");
        }
        Object literal = literal(field.text(), type);
        String name = field.text();
        return item -> {
            Object value = type.stored(item.get(name));
            if (value == null) {
                return op.equals("ne");
            }
            int order = FieldType.compare(value, literal);
            return switch (op) {
                case "eq" -> order == 0;
                case "ne" -> order != 0;
                case "gt" -> order > 0;
                case "ge" -> order >= 0;
                case "lt" -> order < 0;
                default -> order <= 0;
            };
        };
    }

    private Predicate<Map<String, Object>> function(String function) throws ApiError {
        expect(Kind.OPEN, "'('");
        Token field = expect(Kind.WORD, "a field name");
        if (fieldType(field) != FieldType.STRING) {
            throw ApiError.badRequest("$filter: " + function + " needs a text field, and '" + field.text()
                    + "' at position " + field.position() + " is not one");
        }
        expect(Kind.COMMA, "','");
        String text = ((String) literal(field.text(), FieldType.STRING)).toLowerCase(Locale.ROOT);
        expect(Kind.CLOSE, "')'");
        String name = field.text();
        return item -> item.get(name) instanceof String value && (function.equals("startswith")
                ? value.toLowerCase(Locale.ROOT).startsWith(text) : value.toLowerCase(Locale.ROOT).contains(text));
    }

    private FieldType fieldType(Token field) throws ApiError {
        return fields.type(field.text()).orElseThrow(() -> fields.unknownField("$filter", field.text()));
    }

    private Object literal(String field, FieldType type) throws ApiError {
        Token token = peek();
        if (token.kind() != Kind.WORD && token.kind() != Kind.STRING) {
            throw syntax(token, type.expected());
        }
        next++;
        Object value = type.literal(token.text(), token.kind() == Kind.STRING);
        if (value == null) {
            throw ApiError.badRequest("$filter: " + field + " compares with " + type.expected() + ", not "
                    + describe(token) + " at position " + token.position());
        }
        return value;
    }

    private boolean keyword(String keyword) {
        Token token = peek();
        if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token expect(Kind kind, String expected) throws ApiError {
        Token token = peek();
        if (token.kind() != kind) {
            throw syntax(token, expected);
        }
        next++;
        return token;
    }

    private static ApiError syntax(Token token, String expected) {
        return ApiError.badRequest("$filter: expected " + expected + " at position " + token.position()
                + ", found " + describe(token));
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case END -> "the end of the filter";
            case STRING -> "'" + token.text().replace("'", "''") + "'";
            default -> "'" + token.text() + "'";
        };
    }

    private static List<Token> tokenize(String filter) throws ApiError {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), position));
                i++;
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (i >= filter.length()) {
                        throw ApiError.badRequest("$filter: the string starting at position " + position
                                + " has no closing quote (write a quote inside a string as '')");
                    }
                    if (filter.charAt(i) == '\'') {
                        if (i + 1 < filter.length() && filter.charAt(i + 1) == '\'') {
                            text.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.append(filter.charAt(i++));
                }
                tokens.add(new Token(Kind.STRING, text.toString(), position));
            } else if (isWordChar(c)) {
                int start = i;
                while (i < filter.length() && isWordChar(filter.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, filter.substring(start, i), position));
            } else {
                throw ApiError.badRequest("$filter: unexpected character '" + c + "' at position " + position);
            }
        }
        tokens.add(new Token(Kind.END, "", filter.length() + 1));
        return tokens;
    }

    /** Letters, digits and what numbers, dates, times and GUIDs contain. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '+';
    }
}
