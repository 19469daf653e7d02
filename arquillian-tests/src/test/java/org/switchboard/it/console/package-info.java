/** The console domain in the deployed EAR: receptionist accounts, over their service and over JMX. */
package org.switchboard.it.console;
