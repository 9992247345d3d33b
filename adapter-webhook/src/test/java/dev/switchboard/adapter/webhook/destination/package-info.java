/** Which addresses the guard refuses, and how allowed-hosts lets them through. DNS is a table here. */
package dev.switchboard.adapter.webhook.destination;
