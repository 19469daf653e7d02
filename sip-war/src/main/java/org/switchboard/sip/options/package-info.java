/**
 * The answer to SIP OPTIONS: what this server handles and takes, or why it does not take calls now. The PBX
 * and the console clients use it as a health probe.
 */
package org.switchboard.sip.options;
