package dev.switchboard.domain.shared;

/**
 * How forgiving input parsing is. The vendor's own documented requests contain quirks (booleans as
 * strings, an end offset before the begin offset, a recording URL with a stray space); compatibility
 * mode accepts them as printed, strict mode rejects each one with an error naming the field.
 */
public enum Leniency {
    VENDOR_COMPATIBLE,
    STRICT;

    public boolean acceptsVendorQuirks() {
        return this == VENDOR_COMPATIBLE;
    }
}
