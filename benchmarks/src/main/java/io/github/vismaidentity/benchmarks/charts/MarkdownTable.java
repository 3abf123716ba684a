package io.github.vismaidentity.benchmarks.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown table of RESULTS.md, as run-all's parts write them: a header row, the {@code |---|} row, then rows
 * of cells. Read back from the file rather than from the runs' objects, so the charts can be drawn again from
 * any RESULTS.md without measuring anything.
 */
public record MarkdownTable(List<String> header, List<List<String>> rows) {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    /**
     * The first table in {@code text} whose first header cell is {@code firstHeader}.
     *
     * @param where what {@code text} is, for the message when no such table is there
     * @throws IllegalArgumentException when there is none
     */
    public static MarkdownTable first(String text, String firstHeader, String where) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isRow(lines.get(i)) && isRule(lines.get(i + 1)) && cells(lines.get(i)).get(0).equals(firstHeader)) {
                List<List<String>> rows = new ArrayList<>();
                for (int j = i + 2; j < lines.size() && isRow(lines.get(j)); j++) {
                    rows.add(cells(lines.get(j)));
                }
                return new MarkdownTable(cells(lines.get(i)), List.copyOf(rows));
            }
        }
        throw new IllegalArgumentException(where + " has no table whose first column is '" + firstHeader + "'");
    }

    /** The cells of the column called {@code name}, row by row. */
    public List<String> column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("The table " + header + " has no column '" + name + "'");
        }
        return rows.stream().map(row -> index < row.size() ? row.get(index) : "").toList();
    }

    /** Every number in a cell, in order, thousands' commas dropped: {@code "262 / 329 ms"} gives 262 and 329. */
    public static double[] numbers(String cell) {
        Matcher matcher = NUMBER.matcher(cell);
        List<Double> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(Double.parseDouble(matcher.group().replace(",", "")));
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No number in the cell '" + cell + "'");
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The cell's first number. */
    public static double number(String cell) {
        return numbers(cell)[0];
    }

    /** A cell as a chart shows it: without Markdown's code and emphasis marks. */
    public static String plain(String cell) {
        return cell.replace("`", "").replace("**", "");
    }

    private static boolean isRow(String line) {
        return line.startsWith("|") && line.strip().endsWith("|");
    }

    private static boolean isRule(String line) {
        return isRow(line) && line.replaceAll("[|\\-: ]", "").isEmpty();
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
