package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The regions whose SIP trunk a Genesys SIP channel can route to, each with the trunk's fully qualified domain name;
 * the operator configures them ({@code switchboard.voice-assistants.sip-trunks.<region>=<fqdn>}) and an administrator
 * chooses one region per channel.
 */
public record SipTrunks(Map<String, String> fqdnByRegion) {

    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FQDN = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public static final SipTrunks NONE = new SipTrunks(Map.of());

    /** @throws IllegalArgumentException for a region or FQDN of the wrong shape: a configuration mistake */
    public SipTrunks {
        fqdnByRegion.forEach((region, fqdn) -> {
            if (!REGION.matcher(region).matches()) {
                throw new IllegalArgumentException("SIP trunk region '" + region + "' must be lower-case letters,"
                        + " digits and '-'");
            }
            if (fqdn == null || !FQDN.matcher(fqdn).matches()) {
                throw new IllegalArgumentException("SIP trunk of region " + region + " must be a fully qualified"
                        + " domain name, was '" + fqdn + "'");
            }
        });
        fqdnByRegion = Map.copyOf(new TreeMap<>(fqdnByRegion));
    }

    /** @throws InvalidValueException naming {@code field} when no trunk is configured for {@code region} */
    public SipTrunk trunk(String region, String field) {
        String given = Text.required(region, field);
        String fqdn = fqdnByRegion.get(given);
        if (fqdn == null) {
            throw new InvalidValueException(field, fqdnByRegion.isEmpty()
                    ? "no SIP trunk region is configured (switchboard.voice-assistants.sip-trunks)"
                    : "unknown region " + Text.quoted(given) + "; configured: " + new TreeMap<>(fqdnByRegion).keySet());
        }
        return new SipTrunk(given, fqdn);
    }

    /** The region an administrator chose and the trunk's FQDN at the time: what was pasted into Genesys. */
    public record SipTrunk(String region, String fqdn) {
    }
}
