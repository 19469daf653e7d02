/** Tests of the demo PBX: each scripted call against the simulated PBX state and the recorded traces, and the day. */
package org.switchboard.pbx.scripted.demo;
