/** The phones over JMX: each phone's status (idle, busy internal, busy external) and registration. */
package org.switchboard.phone.ops;
