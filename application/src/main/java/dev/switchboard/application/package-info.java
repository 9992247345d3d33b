/**
 * The application layer: what Switchboard can be asked to do ({@code port.in}), what it needs from the
 * outside world to do it ({@code port.out}), and the services that implement the former on top of the
 * latter. Depends on the domain only; no framework types.
 */
package dev.switchboard.application;
