/**
 * Values that more than one domain needs, and only those: the ids of calls, channels and bridges that
 * the call, queue, phone, console and CDR domains all refer to, and the refusal of a configuration value.
 * JDK only.
 */
package org.switchboard.shared.model;
