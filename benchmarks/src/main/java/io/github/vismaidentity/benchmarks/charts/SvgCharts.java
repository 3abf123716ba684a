package io.github.vismaidentity.benchmarks.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a chart as an SVG file. */
public final class SvgCharts {

    private SvgCharts() {
    }

    public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        // The default prefix holds System.nanoTime(): a fixed one keeps a redrawn chart of the same figures the same
        // file, so git shows a change only when a figure changed.
        graphics.setDefsKeyPrefix("visma");
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        Files.createDirectories(file.toAbsolutePath().getParent());
        SVGUtils.writeToSVG(file.toFile(), graphics.getSVGElement());
    }
}
