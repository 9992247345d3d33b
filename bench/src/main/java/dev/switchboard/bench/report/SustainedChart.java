package dev.switchboard.bench.report;

import dev.switchboard.bench.SustainedResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * docs/sustained.png, drawn with Java2D like {@link Chart} (same fonts, same store colours): three panels over the
 * same time axis, one line per store: requests/s; p50 (solid) and p99 (dashed) latency on a logarithmic axis, as
 * the two lie an order of magnitude apart; size on disk (solid) and live data (dashed while sampled, a dot where
 * the store can tell it only at the end).
 */
public final class SustainedChart {

    private static final int WIDTH = 1400;
    private static final int PANEL_HEIGHT = 230;
    private static final int TOP = 100;
    private static final int GAP = 60;
    private static final int LEFT = 90;
    private static final int RIGHT = 40;
    private static final int BOTTOM = 50;
    private static final Stroke SOLID = new BasicStroke(2);
    private static final Stroke DASHED = new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {8, 6}, 0);

    private final List<SustainedResult> results;
    private final double maxSeconds;

    private SustainedChart(List<SustainedResult> results) {
        this.results = results;
        this.maxSeconds = Math.max(1, results.stream().mapToDouble(SustainedResult::lengthSeconds).max().orElse(1));
    }

    public static void write(Path file, List<SustainedResult> results) throws IOException {
        new SustainedChart(results).draw(file);
    }

    private void draw(Path file) throws IOException {
        int height = TOP + 3 * PANEL_HEIGHT + 2 * GAP + BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("Switchboard sustained ingest: throughput, latency and size on disk over time", LEFT, 32);
        legend(g);
        int y = TOP;
        throughput(g, y);
        y += PANEL_HEIGHT + GAP;
        latency(g, y);
        y += PANEL_HEIGHT + GAP;
        size(g, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.BLACK);
        g.drawString("seconds since the first request", LEFT + (WIDTH - LEFT - RIGHT) / 2 - 90, height - 12);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = LEFT;
        int y = 58;
        for (int i = 0; i < results.size(); i++) {
            g.setColor(color(i));
            g.fillRect(x, y - 12, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(results.get(i).name(), x + 20, y);
            x += 20 + g.getFontMetrics().stringWidth(results.get(i).name()) + 24;
        }
        g.setStroke(DASHED);
        g.drawLine(x, y - 5, x + 30, y - 5);
        g.drawString("p99 / live data", x + 38, y);
        x += 38 + g.getFontMetrics().stringWidth("p99 / live data") + 24;
        g.fillOval(x, y - 10, 10, 10);
        g.drawString("live data after the run (H2: its live pages, packed, uncompressed)", x + 16, y);
    }

    private void throughput(Graphics2D g, int y0) {
        double max = max(SustainedResult.Sample::requestsPerSecond);
        LinearAxis axis = new LinearAxis(max);
        frame(g, y0, "requests/s");
        axis.draw(g, y0);
        for (int i = 0; i < results.size(); i++) {
            line(g, results.get(i), SustainedResult.Sample::requestsPerSecond, axis::y, y0, color(i), SOLID);
        }
    }

    private void latency(Graphics2D g, int y0) {
        double min = results.stream().flatMap(r -> r.samples().stream()).mapToDouble(SustainedResult.Sample::p50Millis)
                .filter(v -> v > 0).min().orElse(1);
        double max = max(SustainedResult.Sample::p99Millis);
        double low = Math.floor(Math.log10(min));
        double high = Math.max(low + 1, Math.ceil(Math.log10(max)));
        frame(g, y0, "latency, ms (log)");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double decade = low; decade <= high; decade++) {
            int y = logY(Math.pow(10, decade), low, high, y0);
            grid(g, y, Format.millis(Math.pow(10, decade)));
        }
        YMapping axis = (v, top) -> logY(v, low, high, top);
        for (int i = 0; i < results.size(); i++) {
            line(g, results.get(i), SustainedResult.Sample::p50Millis, axis, y0, color(i), SOLID);
            line(g, results.get(i), SustainedResult.Sample::p99Millis, axis, y0, color(i), DASHED);
        }
    }

    private void size(Graphics2D g, int y0) {
        double max = Math.max(max(s -> s.bytesOnDisk() / 1048576.0),
                results.stream().mapToDouble(r -> r.liveBytesAtEnd() / 1048576.0).max().orElse(0));
        LinearAxis axis = new LinearAxis(max);
        frame(g, y0, "size on disk, MiB");
        axis.draw(g, y0);
        for (int i = 0; i < results.size(); i++) {
            SustainedResult result = results.get(i);
            line(g, result, s -> s.bytesOnDisk() < 0 ? Double.NaN : s.bytesOnDisk() / 1048576.0, axis::y, y0,
                    color(i), SOLID);
            line(g, result, s -> s.liveBytes() < 0 ? Double.NaN : s.liveBytes() / 1048576.0, axis::y, y0, color(i),
                    DASHED);
            if (result.liveBytesAtEnd() >= 0 && result.lengthSeconds() > 0) {
                g.setColor(color(i));
                int x = x(result.lengthSeconds());
                int y = axis.y(result.liveBytesAtEnd() / 1048576.0, y0);
                g.fillOval(x - 6, y - 6, 12, 12);
            }
        }
    }

    private double max(ToDoubleFunction<SustainedResult.Sample> value) {
        return results.stream().flatMap(r -> r.samples().stream()).mapToDouble(value)
                .filter(v -> !Double.isNaN(v)).max().orElse(1);
    }

    /** The panel's frame, title and time ticks. */
    private void frame(Graphics2D g, int y0, String title) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, y0 - 10);
        g.drawLine(LEFT, y0, LEFT, y0 + PANEL_HEIGHT);
        g.drawLine(LEFT, y0 + PANEL_HEIGHT, WIDTH - RIGHT, y0 + PANEL_HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double step = LinearAxis.step(maxSeconds);
        for (double t = 0; t <= maxSeconds + 1e-6; t += step) {
            int x = x(t);
            g.drawLine(x, y0 + PANEL_HEIGHT, x, y0 + PANEL_HEIGHT + 5);
            String label = Long.toString(Math.round(t));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, y0 + PANEL_HEIGHT + 18);
        }
    }

    private static void grid(Graphics2D g, int y, String label) {
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke(1));
        g.drawLine(LEFT, y, WIDTH - RIGHT, y);
        g.setColor(Color.DARK_GRAY);
        g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
    }

    /** One series, point by point at each sample's end; a gap where a value is missing. */
    private void line(Graphics2D g, SustainedResult result, ToDoubleFunction<SustainedResult.Sample> value,
                      YMapping y, int y0, Color color, Stroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        int lastX = -1;
        int lastY = -1;
        for (SustainedResult.Sample sample : result.samples()) {
            double v = value.applyAsDouble(sample);
            if (Double.isNaN(v)) {
                lastX = -1;
                continue;
            }
            int x = x(sample.endSeconds());
            int yy = y.y(v, y0);
            if (lastX >= 0) {
                g.drawLine(lastX, lastY, x, yy);
            } else {
                g.fillOval(x - 2, yy - 2, 4, 4);
            }
            lastX = x;
            lastY = yy;
        }
    }

    private int x(double seconds) {
        return LEFT + (int) Math.round(seconds / maxSeconds * (WIDTH - LEFT - RIGHT));
    }

    private static int logY(double value, double lowDecade, double highDecade, int y0) {
        if (value <= 0) {
            return y0 + PANEL_HEIGHT;
        }
        double fraction = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        return y0 + PANEL_HEIGHT - (int) Math.round(Math.max(0, Math.min(1, fraction)) * PANEL_HEIGHT);
    }

    private static Color color(int index) {
        return Chart.STORE_COLORS[index % Chart.STORE_COLORS.length];
    }

    @FunctionalInterface
    private interface YMapping {
        int y(double value, int y0);
    }

    /** A linear axis from zero with round steps (1, 2 or 5 times a power of ten). */
    private static final class LinearAxis {
        private final double step;
        private final double top;

        LinearAxis(double max) {
            this.step = step(max);
            this.top = Math.max(step, Math.ceil(max / step) * step);
        }

        static double step(double max) {
            double raw = Math.max(max, 1e-9) / 5;
            double decade = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / decade;
            return decade * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
        }

        int y(double value, int y0) {
            return y0 + PANEL_HEIGHT - (int) Math.round(Math.max(0, Math.min(1, value / top)) * PANEL_HEIGHT);
        }

        void draw(Graphics2D g, int y0) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (double v = 0; v <= top + 1e-9; v += step) {
                grid(g, y(v, y0), step < 1 ? String.format(Locale.ROOT, "%.1f", v) : Format.rate(v));
            }
        }
    }
}
