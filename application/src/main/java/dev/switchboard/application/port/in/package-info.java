/**
 * Driving ports: one use case per vendor operation, each with the command record it accepts. A command holds
 * domain values that the driving adapter built, so a service never sees a malformed request; its constructor
 * checks only what the values cannot (e.g. a batch is not empty).
 */
package dev.switchboard.application.port.in;
