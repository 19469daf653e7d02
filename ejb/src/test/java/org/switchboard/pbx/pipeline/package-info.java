/**
 * Component tests of the whole PBX pipeline: the scripted AMI server over real TCP, asterisk-java, the AMI
 * pump and translator, and the mirror's call, queue, parking and phone models, checked the way a
 * receptionist would see the result of each recorded Asterisk session, with and without faults on the link.
 */
package org.switchboard.pbx.pipeline;
