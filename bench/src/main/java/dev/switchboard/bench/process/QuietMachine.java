package dev.switchboard.bench.process;

import java.time.Duration;

/**
 * Waits, before a window, until nothing else keeps the machine's cores busy: with two cores, one other build or test
 * run halves what a window measures. The wait is bounded by a budget for the whole run, after which windows start
 * regardless (and the report flags those that were disturbed).
 */
public final class QuietMachine {

    /** Busy cores, outside of our idle servers, below which the machine counts as quiet. */
    private static final double QUIET_CORES = 0.2;
    private static final long SLICE_MILLIS = 1000;

    private long budgetMillis;

    public QuietMachine(Duration budget) {
        this.budgetMillis = budget.toMillis();
    }

    /** Returns once a one-second slice saw the machine quiet, or when the budget is spent. */
    public void await() throws InterruptedException {
        long waited = 0;
        while (budgetMillis > 0) {
            double before = ProcessCpu.machineSeconds();
            Thread.sleep(SLICE_MILLIS);
            double busyCores = (ProcessCpu.machineSeconds() - before) / (SLICE_MILLIS / 1000.0);
            if (Double.isNaN(busyCores) || busyCores < QUIET_CORES) {
                break;
            }
            budgetMillis -= SLICE_MILLIS;
            waited += SLICE_MILLIS;
        }
        if (waited > 0) {
            System.out.printf("  (waited %d s for other processes to leave the CPU; %d s of waiting left)%n",
                    waited / 1000, budgetMillis / 1000);
        }
    }
}
