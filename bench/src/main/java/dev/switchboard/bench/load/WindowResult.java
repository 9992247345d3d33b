package dev.switchboard.bench.load;

/**
 * What one measured window gave.
 *
 * @param messagesPerSecond acknowledged messages per second over the window
 * @param requests          acknowledged requests (or batches) completed inside the window
 * @param errors            failed requests inside the window (non-200, or an I/O error)
 * @param targetCpuCores    CPU the measured server used during the window, in cores (NaN when not measured)
 * @param storeCpuCores     CPU the database server's processes used (NaN for H2, which runs inside its user)
 * @param driverCpuCores    CPU the load generator's own process used, in cores
 * @param machineCpuCores   CPU the whole machine used, in cores: well above target + driver means that something
 *                          else competed for the cores during the window (or, for a floor, the database server)
 * @param fromNanos         when the measured window began, in System.nanoTime() (after the warm-up)
 * @param toNanos           when it ended, in System.nanoTime()
 */
public record WindowResult(int batchSize, int callers, double seconds, long requests, long errors,
                           double messagesPerSecond, double p50Millis, double p99Millis,
                           double targetCpuCores, double storeCpuCores, double driverCpuCores,
                           double machineCpuCores, long fromNanos, long toNanos,
                           String firstError) {

    /** CPU used by everything else on the machine: near zero on a quiet machine. */
    public double otherCpuCores() {
        double known = driverCpuCores + (Double.isNaN(targetCpuCores) ? 0 : targetCpuCores)
                + (Double.isNaN(storeCpuCores) ? 0 : storeCpuCores);
        return Math.max(0, machineCpuCores - known);
    }
}
