/**
 * The REST driving adapter: ServiceNow's Voice Interaction API over HTTP (JSON and XML), its error envelope,
 * HTTP Basic authentication and the generated OpenAPI description. It translates HTTP to use-case calls of
 * {@code dev.switchboard.application.port.in} and back; it holds no business rule of its own.
 */
package dev.switchboard.adapter.rest;
