/**
 * Errors of the REST API as RFC 9457 problem bodies: the one place that turns a failure into an HTTP status
 * and a body a client can read.
 */
package org.switchboard.web.problem;
