/** The live calls over JMX: one line per channel, the parked calls, and the call model's own health. */
package org.switchboard.call.ops;
