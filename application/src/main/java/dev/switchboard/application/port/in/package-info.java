/**
 * Driving ports: one use case per vendor operation, each with the command record it accepts. A command holds
 * domain values that the driving adapter built, so a service never sees a malformed request; its constructor
 * checks only what the values cannot (e.g. a batch is not empty). Besides the failures each use case names, every
 * one may throw {@link dev.switchboard.application.port.out.StorageUnavailableException}: the store could not be used
 * in time, and the request may be tried again later.
 */
package dev.switchboard.application.port.in;
