package dev.switchboard.bench.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario on one store: whether it held, the figures the report shows (in column order), and what went wrong.
 *
 * @param verdict PASS, FAIL, or NOT_APPLICABLE with the reason as its only problem
 */
record ScenarioResult(String store, String scenario, Verdict verdict, Map<String, String> facts, List<String> problems) {

    enum Verdict { PASS, FAIL, NOT_APPLICABLE }

    static ScenarioResult notApplicable(String store, String scenario, String reason) {
        return new ScenarioResult(store, scenario, Verdict.NOT_APPLICABLE, Map.of(), List.of(reason));
    }

    static ScenarioResult failed(String store, String scenario, Exception cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new ScenarioResult(store, scenario, Verdict.FAIL, Map.of(), List.of("did not complete: " + message));
    }

    /** Collects facts and problems while a scenario runs; any problem makes it a FAIL. */
    static final class Builder {

        private final String store;
        private final String scenario;
        private final Map<String, String> facts = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        Builder(String store, String scenario) {
            this.store = store;
            this.scenario = scenario;
        }

        Builder fact(String name, Object value) {
            facts.put(name, String.valueOf(value));
            return this;
        }

        Builder problem(String problem) {
            problems.add(problem);
            return this;
        }

        /** Adds the problem unless the condition holds. */
        Builder require(boolean condition, String problem) {
            return condition ? this : problem(problem);
        }

        ScenarioResult build() {
            return new ScenarioResult(store, scenario, problems.isEmpty() ? Verdict.PASS : Verdict.FAIL,
                    new LinkedHashMap<>(facts), List.copyOf(problems));
        }
    }
}
