/** The in-memory MongoDB test server the harness runs in a process of its own for the Mongo store. */
package dev.switchboard.bench.mongo;
