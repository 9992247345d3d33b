/**
 * The vendor's error envelope, {@code {"error":{"message":…,"detail":…},"status":"failure"}}, for every error
 * of every endpoint. {@link dev.switchboard.adapter.rest.error.ExceptionMapping} is the one place that decides
 * the status and wording of a failure; the Micronaut hooks here (an exception handler for our exceptions and an
 * error-response processor for the errors Micronaut raises itself: unknown route, wrong method, 406, 413, 415 …)
 * only ask it and render its answer as JSON or XML.
 */
package dev.switchboard.adapter.rest.error;
