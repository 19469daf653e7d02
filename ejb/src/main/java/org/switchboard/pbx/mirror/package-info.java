/**
 * The composition of the PBX models: {@link org.switchboard.pbx.mirror.PbxMirror} feeds each PBX event to
 * the call, parking, queue and phone models in a fixed order and returns what they concluded, and offers
 * their read-only views and counters to the services, JMX and the admin pages. JDK only.
 */
package org.switchboard.pbx.mirror;
