/** The pinned HTTP client against servers on 127.0.0.1 that answer byte by byte as each test scripts them. */
package dev.switchboard.adapter.webhook.http;
