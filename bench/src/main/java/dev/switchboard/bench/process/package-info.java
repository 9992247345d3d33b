/** Child JVMs the harness starts and stops, their cold start, and CPU and memory read from /proc. */
package dev.switchboard.bench.process;
