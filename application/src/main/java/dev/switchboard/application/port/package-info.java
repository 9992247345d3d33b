/** Types shared by driving and driven ports. */
package dev.switchboard.application.port;
