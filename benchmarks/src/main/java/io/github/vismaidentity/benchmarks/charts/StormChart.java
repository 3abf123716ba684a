package io.github.vismaidentity.benchmarks.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storm part's latencies, storm by storm on each database: the storm requests' p50 and p99 beside the token
 * endpoint's own p50 and p99 under a burst of as many refresh calls. The gap between the two is what the storm
 * costs on top of what no client can avoid (the target is the token endpoint's p99 + 50 ms).
 */
public final class StormChart {

    /** The series' names, as the chart's legend shows them. */
    public static final String STORM_P50 = "storm requests, p50";
    public static final String STORM_P99 = "storm requests, p99";
    public static final String ENDPOINT_P50 = "token endpoint alone, p50";
    public static final String ENDPOINT_P99 = "token endpoint alone, p99";

    /** Each database's storms stand under a heading of their own, "#### On Derby". */
    private static final Pattern DATABASE = Pattern.compile("(?m)^#### On (.+)$");
    private static final Color[] PAINTS = {new Color(0xaec7e8), new Color(0x1f77b4), new Color(0xffbb78),
            new Color(0xff7f0e)};

    private StormChart() {
    }

    /**
     * @param part     the storm part of RESULTS.md
     * @param subtitle when and from which commit the part ran
     * @throws IllegalArgumentException when the part has no database's table of storms
     */
    public static JFreeChart of(String part, String subtitle) {
        DefaultCategoryDataset latencies = new DefaultCategoryDataset();
        Matcher heading = DATABASE.matcher(part);
        boolean found = false;
        while (heading.find()) {
            String database = heading.group(1).strip();
            int end = part.indexOf("\n#### ", heading.end());
            String section = part.substring(heading.end(), end < 0 ? part.length() : end);
            MarkdownTable table = MarkdownTable.first(section, "storm", "RESULTS.md's storm part, on " + database + ",");
            add(latencies, database, table);
            found = true;
        }
        if (!found) {
            throw new IllegalArgumentException("RESULTS.md's storm part has no table whose first column is 'storm' "
                    + "under a heading '#### On <database>'");
        }
        JFreeChart chart = ChartFactory.createBarChart("Refresh storm over HTTP: latency against the token endpoint's",
                "database, storm", "ms", latencies, PlotOrientation.VERTICAL, true, false, false);
        chart.addSubtitle(new TextTitle(subtitle));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // "PostgreSQL 5" is wider than its slot: the number on a second line rather than the name cut.
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.getDomainAxis().setCategoryMargin(0.1);
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < PAINTS.length; i++) {
            renderer.setSeriesPaint(i, PAINTS[i]);
        }
        return chart;
    }

    private static void add(DefaultCategoryDataset latencies, String database, MarkdownTable table) {
        List<String> storms = table.column("storm");
        List<String> p50 = table.column("p50");
        List<String> p99 = table.column("p99");
        List<String> endpoint = table.column("token endpoint alone, p50 / p99");
        for (int i = 0; i < storms.size(); i++) {
            String storm = database + " " + storms.get(i);
            double[] alone = MarkdownTable.numbers(endpoint.get(i));
            latencies.addValue(MarkdownTable.number(p50.get(i)), STORM_P50, storm);
            latencies.addValue(MarkdownTable.number(p99.get(i)), STORM_P99, storm);
            latencies.addValue(alone[0], ENDPOINT_P50, storm);
            latencies.addValue(alone[alone.length - 1], ENDPOINT_P99, storm);
        }
    }
}
