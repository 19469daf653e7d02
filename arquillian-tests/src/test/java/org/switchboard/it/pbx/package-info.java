/**
 * Call management in the shipped server: the AMI link against a scripted AMI server on the port the server
 * was configured with, replaying recorded Asterisk sessions, and the demo PBX.
 */
package org.switchboard.it.pbx;
