/**
 * The runnable service: it builds the application's services from the adapters' port implementations,
 * reads configuration, and starts Micronaut. The only package allowed to know every adapter.
 */
package dev.switchboard.bootstrap;
