/**
 * The API's OpenAPI description: title, version and the HTTP Basic security scheme. micronaut-openapi generates
 * the spec at compile time from the controllers' annotations into {@code META-INF/swagger/}, and Swagger UI into
 * {@code META-INF/swagger/views/swagger-ui/}; the application serves both as static resources.
 */
package dev.switchboard.adapter.rest.openapi;
