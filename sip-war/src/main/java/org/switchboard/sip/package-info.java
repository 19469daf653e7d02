/**
 * The SIP adapter: the endpoint that owns the JAIN-SIP stack, its settings and its lifecycle in the
 * container, the dispatcher that hands each request to the handler for its method, and the one mapping
 * from handler outcomes to SIP responses. Only this package tree imports {@code javax.sip} and
 * {@code gov.nist}.
 */
package org.switchboard.sip;
