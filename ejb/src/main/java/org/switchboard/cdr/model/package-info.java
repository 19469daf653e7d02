/**
 * The call detail record as a value: one per finished call, built by the call model when the call's
 * last channel goes away, and its disposition. JDK only.
 */
package org.switchboard.cdr.model;
