/** Tests of authentication, roles, anonymous paths, password hashing and the development-password warning. */
package dev.switchboard.adapter.rest.security;
