/**
 * The calls in progress on the PBX: {@link org.switchboard.call.model.CallTracker} keeps them from the PBX
 * events, one {@link org.switchboard.call.model.Call} per linked id with a
 * {@link org.switchboard.call.model.Party} per channel that took a role, moved through the one party machine
 * ({@link org.switchboard.call.model.PartyTransitions}); {@link org.switchboard.call.model.ParkingMonitor}
 * keeps the parked calls. The call domain events ({@code CallOffered} to {@code CallEnded}) come from
 * here. Times on the PBX clock are the calls' and the events'; "since" and "parked at" are on our clock,
 * for durations shown live. JDK only.
 */
package org.switchboard.call.model;
