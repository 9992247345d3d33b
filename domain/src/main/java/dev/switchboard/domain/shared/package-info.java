/** Building blocks every aggregate uses: record ids and the domain's error hierarchy. */
package dev.switchboard.domain.shared;
