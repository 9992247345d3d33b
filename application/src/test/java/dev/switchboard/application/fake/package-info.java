/**
 * In-memory implementations of every driven port, for fast service and adapter tests. Each passes the same
 * contract suite as the real adapters ({@code InMemory*ContractTest}, {@code FixedClockContractTest},
 * {@code ScriptedIdGeneratorContractTest}), so a test on fakes means something.
 */
package dev.switchboard.application.fake;
