package dev.switchboard.adapter.rest.request;

/**
 * How forgiving the request reader is. The vendor's own documented requests contain quirks (booleans as strings,
 * a capitalised field name, a trailing comma, a recording URL with a stray space); compatibility mode accepts them
 * as printed, strict mode rejects each one with an error naming the field. A wire concern, so it lives here and not
 * in the domain.
 */
public enum Leniency {
    VENDOR_COMPATIBLE,
    STRICT;

    public boolean acceptsVendorQuirks() {
        return this == VENDOR_COMPATIBLE;
    }
}
