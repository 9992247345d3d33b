/** docs/benchmarks.md and docs/benchmarks.png (drawn with Java2D, so the report needs nothing but the JDK). */
package dev.switchboard.bench.report;
