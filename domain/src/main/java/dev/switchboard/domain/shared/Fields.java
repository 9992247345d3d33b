package dev.switchboard.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered, immutable set of named values, as loosely typed as the vendor's bot messages are: a reply element has
 * two dozen optional fields, {@code clientVariables} is whatever the primary bot sent. Values are text, booleans,
 * whole numbers ({@link Long}), other numbers ({@link Double}), {@code null}, nested {@code Fields} and lists of
 * those, nothing else, so that every adapter can map them to its own format (JSON, a BSON document) and back.
 */
public final class Fields {

    private static final Fields EMPTY = new Fields(Map.of());

    private final Map<String, Object> values;

    private Fields(Map<String, Object> values) {
        this.values = values;
    }

    public static Fields empty() {
        return EMPTY;
    }

    /** Copies {@code values}, in their iteration order, turning nested maps into {@code Fields}. */
    public static Fields of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "field name"), normalized(name, value)));
        return new Fields(Collections.unmodifiableMap(copy));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public Optional<String> text(String name) {
        return values.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These fields with one more (or one replaced, keeping its place). */
    public Fields with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return of(copy);
    }

    private static Object normalized(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Fields) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) decimal.longValueExact() : (Object) decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((key, item) -> nested.put(String.valueOf(key), item));
            return of(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(normalized(name, item)));
            return Collections.unmodifiableList(items);
        }
        throw new InvalidValueException(name, "holds a value of an unsupported type " + value.getClass().getSimpleName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fields that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Builds fields in the order they are put, skipping absent values. */
    public static final class Builder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        public Builder putIfPresent(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Fields build() {
            return of(values);
        }
    }
}
