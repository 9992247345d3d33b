/**
 * Driving ports: one use case per vendor operation, each with the command record it accepts.
 * Commands validate themselves when they are built, so a service never sees a malformed request.
 */
package dev.switchboard.application.port.in;
