package io.github.vismaidentity.benchmarks.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * The side-by-side part's table as two bar charts that share the variants: throughput on the left, Payara's CPU
 * per request on the right. Read together they show what the throughput alone hides on a shared machine: the
 * variants' cost per request, which other programs disturb much less.
 */
public final class SideBySideChart {

    /** The series' names, as the chart's legend shows them. */
    public static final String THROUGHPUT = "requests/s (median of the rounds)";
    public static final String CPU = "server CPU per request (µs)";

    private SideBySideChart() {
    }

    /**
     * @param part     the side-by-side part of RESULTS.md
     * @param subtitle when and from which commit the part ran
     * @throws IllegalArgumentException when the part has no table of variants
     */
    public static JFreeChart of(String part, String subtitle) {
        MarkdownTable table = MarkdownTable.first(part, "variant", "RESULTS.md's side-by-side part");
        List<String> variants = table.column("variant").stream().map(MarkdownTable::plain).toList();
        List<String> throughput = table.column("requests/s");
        List<String> cpu = table.column("server CPU per request");
        DefaultCategoryDataset requests = new DefaultCategoryDataset();
        DefaultCategoryDataset cpuPerRequest = new DefaultCategoryDataset();
        for (int i = 0; i < variants.size(); i++) {
            requests.addValue(MarkdownTable.number(throughput.get(i)), THROUGHPUT, variants.get(i));
            cpuPerRequest.addValue(MarkdownTable.number(cpu.get(i)), CPU, variants.get(i));
        }
        CategoryAxis variantAxis = new CategoryAxis();
        variantAxis.setMaximumCategoryLabelLines(3);
        variantAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(variantAxis);
        plot.add(bars(requests, "requests/s", new Color(0x1f77b4)), 1);
        plot.add(bars(cpuPerRequest, "µs of Payara's CPU per request", new Color(0xff7f0e)), 1);
        // Horizontal: the variants down the left, the two plots beside each other.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(24);
        JFreeChart chart = new JFreeChart("The same page on one Payara Micro: throughput and CPU per request",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(subtitle));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static CategoryPlot bars(DefaultCategoryDataset data, String axisLabel, Paint paint) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, paint);
        CategoryPlot plot = new CategoryPlot(data, null, new NumberAxis(axisLabel), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
