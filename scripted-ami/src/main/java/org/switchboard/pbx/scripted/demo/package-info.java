/**
 * The demo PBX: a small fictional office whose calls are made up on the fly and told as the AMI events a real
 * Asterisk 20 with PJSIP would send. {@link org.switchboard.pbx.scripted.demo.DemoOffice} is its configuration,
 * {@link org.switchboard.pbx.scripted.demo.Scenarios} writes one call as a timed script, and
 * {@link org.switchboard.pbx.scripted.demo.DemoOfficeDay} plays such scripts, a few at a time, into an event sink.
 * JDK only.
 *
 * <h2>What the demo of {@code ./start.sh} does</h2>
 * The server runs {@link org.switchboard.pbx.scripted.demo.DemoOffice#consoleReception()}: phones 201 to 206
 * (201 and 202 are the reception desks), the trunk, GeneralQueue (9000) and the personal queues
 * PersonalQueue201 (9201) and PersonalQueue202 (9202), all three without members at start, and parking lot
 * {@code default} (701 to 720, 120 s). The day then does two things:
 * <ul>
 * <li>Half its arrivals are outside callers who dial the reception through the simulated PBX
 * ({@link org.switchboard.pbx.scripted.demo.ReceptionLine}, over
 * {@link org.switchboard.pbx.scripted.LiveOffice}): they wait in the queue, which rings every member that is
 * not paused and whose phone is free. A receptionist who logs in with the console (desk1 is PJSIP/201, desk2
 * PJSIP/202) makes the desk a member with QueueAdd, so the calls ring that desk; paused, it is not rung. A
 * ringing desk's phone answers by itself after 1.5 s, and its user hangs up after 45 s of talk unless the call
 * has moved on. A caller nobody took from the queue gives up after 20 to 120 s; a caller a console took out
 * of the queue (take back, hold on 8002, park, transfer) is never hung up by the day: only the consoles'
 * commands and the phones move it from then on.</li>
 * <li>The other arrivals are the day's own scripted calls (internal calls, held calls, calls out through the
 * trunk) between phones that are free, never on a phone in a queue (a logged-in desk) or on a call the PBX
 * carries. A call a console's command touches leaves the day's script ({@link
 * org.switchboard.pbx.scripted.demo.DemoOfficeDay#release}).</li>
 * </ul>
 * Without a console logged in, reception callers wait with no desk ringing, as a real console-run reception
 * whose receptionists are all away. {@link org.switchboard.pbx.scripted.demo.DemoOffice#standard()} is the
 * office with static desk members, as the recorded PBX; its day also scripts reception calls answered,
 * parked and transferred by the desks (the benches and the recorded twins use it).
 */
package org.switchboard.pbx.scripted.demo;
