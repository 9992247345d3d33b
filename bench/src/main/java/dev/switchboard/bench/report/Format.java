package dev.switchboard.bench.report;

import java.util.Locale;

/** Number formats shared by the tables and the chart. */
final class Format {

    private Format() {
    }

    /** Messages per second: whole numbers with thousands separators (12,345). */
    static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "–" : String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    /** Milliseconds: two decimals below 10 ms, one below 100 ms, none above. */
    static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        String pattern = millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, millis);
    }

    /** A ratio as a percentage: 0.0123 → "1.2 %". */
    static String percent(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.1f %%" : "%.0f %%", ratio * 100);
    }

    /** A ratio as a factor: 1.234 → "1.23×". */
    static String factor(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String cores(double cores) {
        return Double.isNaN(cores) ? "–" : String.format(Locale.ROOT, "%.2f", cores);
    }

    static String seconds(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    static String mib(long kib) {
        return kib < 0 ? "–" : String.format(Locale.ROOT, "%,d MiB", Math.round(kib / 1024.0));
    }
}
