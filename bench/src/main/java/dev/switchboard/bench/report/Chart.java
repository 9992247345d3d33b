package dev.switchboard.bench.report;

import dev.switchboard.bench.TargetResult;
import dev.switchboard.bench.load.WindowResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * docs/benchmarks.png, drawn with Java2D: one panel per batch size, a group of bars per caller count, one bar per
 * target (the ceiling, then each store over HTTP), a black mark on each store's bar at its floor and a red one at its
 * grouped floor. The axis is logarithmic because the ceiling and the slowest store lie orders of magnitude apart.
 */
public final class Chart {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 640;
    private static final int TOP = 90;
    private static final int BOTTOM = 70;
    private static final int LEFT = 80;
    private static final int GAP = 50;
    private static final Color CEILING = new Color(0x9E9E9E);
    private static final Color GROUPED = new Color(0xD62728);
    /** One colour per store, in the order of the run; shared with the sustained run's chart. */
    static final Color[] STORE_COLORS = {
        new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x8C564B),
    };

    private final TargetResult ceiling;
    private final List<TargetResult> stores;
    private final List<Integer> callerCounts;
    private final double minDecade;
    private final double maxDecade;

    private Chart(TargetResult ceiling, List<TargetResult> stores, List<Integer> callerCounts) {
        this.ceiling = ceiling;
        this.stores = stores;
        this.callerCounts = callerCounts;
        List<Double> values = new ArrayList<>();
        for (TargetResult target : targets()) {
            target.service().http().forEach(r -> values.add(r.messagesPerSecond()));
            target.floor().forEach(r -> values.add(r.messagesPerSecond()));
            target.groupedFloor().forEach(r -> values.add(r.messagesPerSecond()));
        }
        double min = values.stream().filter(v -> v > 0).min(Double::compare).orElse(10.0);
        double max = values.stream().filter(v -> v > 0).max(Double::compare).orElse(1000.0);
        this.minDecade = Math.floor(Math.log10(min));
        this.maxDecade = Math.max(minDecade + 1, Math.ceil(Math.log10(max)));
    }

    public static void write(Path file, TargetResult ceiling, List<TargetResult> stores, List<Integer> batchSizes,
                             List<Integer> callerCounts) throws IOException {
        new Chart(ceiling, stores, callerCounts).draw(file, batchSizes);
    }

    private void draw(Path file, List<Integer> batchSizes) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("Switchboard ingest: messages/s over HTTP (bars) and direct writes (marks)", LEFT, 32);
        legend(g);
        int panelWidth = (WIDTH - LEFT - 30 - GAP * (batchSizes.size() - 1)) / batchSizes.size();
        for (int i = 0; i < batchSizes.size(); i++) {
            panel(g, batchSizes.get(i), LEFT + i * (panelWidth + GAP), panelWidth);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = LEFT;
        int y = 58;
        List<TargetResult> targets = targets();
        for (int i = 0; i < targets.size(); i++) {
            g.setColor(color(i));
            g.fillRect(x, y - 12, 14, 14);
            g.setColor(Color.BLACK);
            String label = targets.get(i).name();
            g.drawString(label, x + 20, y);
            x += 20 + g.getFontMetrics().stringWidth(label) + 24;
        }
        g.setStroke(new BasicStroke(3));
        g.drawLine(x, y - 5, x + 18, y - 5);
        String floor = "floor: the same rows, a commit per request";
        g.drawString(floor, x + 26, y);
        x += 26 + g.getFontMetrics().stringWidth(floor) + 24;
        g.setColor(GROUPED);
        g.drawLine(x, y - 5, x + 18, y - 5);
        g.setColor(Color.BLACK);
        g.drawString("grouped floor: a commit per group of waiting requests", x + 26, y);
    }

    private void panel(Graphics2D g, int batchSize, int x0, int width) {
        int y0 = TOP;
        int height = HEIGHT - TOP - BOTTOM;
        axis(g, x0, y0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        String title = batchSize + (batchSize == 1 ? " message" : " messages") + " per request";
        g.drawString(title, x0 + (width - g.getFontMetrics().stringWidth(title)) / 2, y0 - 8);

        List<TargetResult> targets = targets();
        int groupWidth = width / callerCounts.size();
        int barWidth = (int) (groupWidth * 0.8 / targets.size());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int c = 0; c < callerCounts.size(); c++) {
            int callers = callerCounts.get(c);
            int groupX = x0 + c * groupWidth + (int) (groupWidth * 0.1);
            for (int t = 0; t < targets.size(); t++) {
                TargetResult target = targets.get(t);
                int barX = groupX + t * barWidth;
                Optional<WindowResult> http = target.http(batchSize, callers);
                if (http.isPresent() && http.get().messagesPerSecond() > 0) {
                    int top = y(http.get().messagesPerSecond(), y0, height);
                    g.setColor(color(t));
                    g.fillRect(barX + 1, top, barWidth - 2, y0 + height - top);
                }
                mark(g, target.floor(batchSize, callers), Color.BLACK, barX, barWidth, y0, height);
                mark(g, target.groupedFloor(batchSize, callers), GROUPED, barX, barWidth, y0, height);
            }
            g.setColor(Color.BLACK);
            String label = callers + (callers == 1 ? " caller" : " callers");
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(label, x0 + c * groupWidth + (groupWidth - metrics.stringWidth(label)) / 2, y0 + height + 22);
        }
    }

    private void mark(Graphics2D g, Optional<WindowResult> floor, Color color, int barX, int barWidth, int y0,
                      int height) {
        if (floor.isPresent() && floor.get().messagesPerSecond() > 0) {
            int mark = y(floor.get().messagesPerSecond(), y0, height);
            g.setColor(color);
            g.setStroke(new BasicStroke(3));
            g.drawLine(barX - 1, mark, barX + barWidth - 1, mark);
        }
    }

    /** Decade grid lines and labels, the frame of the panel. */
    private void axis(Graphics2D g, int x0, int y0, int width, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double decade = minDecade; decade <= maxDecade; decade++) {
            int y = y(Math.pow(10, decade), y0, height);
            g.setColor(new Color(0xDDDDDD));
            g.setStroke(new BasicStroke(1));
            g.drawLine(x0, y, x0 + width, y);
            g.setColor(Color.DARK_GRAY);
            String label = label(Math.pow(10, decade));
            g.drawString(label, x0 - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawLine(x0, y0, x0, y0 + height);
        g.drawLine(x0, y0 + height, x0 + width, y0 + height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("msgs/s (log)", x0 - 75, y0 - 8);
    }

    private int y(double value, int y0, int height) {
        double fraction = (Math.log10(value) - minDecade) / (maxDecade - minDecade);
        return y0 + height - (int) Math.round(Math.max(0, Math.min(1, fraction)) * height);
    }

    private static String label(double value) {
        if (value >= 1_000_000) {
            return (long) (value / 1_000_000) + "M";
        }
        return value >= 1000 ? (long) (value / 1000) + "k" : Long.toString((long) value);
    }

    private List<TargetResult> targets() {
        List<TargetResult> all = new ArrayList<>();
        all.add(ceiling);
        all.addAll(stores);
        return all;
    }

    private static Color color(int targetIndex) {
        return targetIndex == 0 ? CEILING : STORE_COLORS[(targetIndex - 1) % STORE_COLORS.length];
    }
}
