/**
 * Services implementing the use cases of {@code port.in} on top of the ports of {@code port.out}.
 * Plain classes with constructor injection; {@code bootstrap} builds them. Every use case that writes runs
 * in one {@link dev.switchboard.application.port.out.UnitOfWork}, so it stores everything or nothing.
 */
package dev.switchboard.application.service;
