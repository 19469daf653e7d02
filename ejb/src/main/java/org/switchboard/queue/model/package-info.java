/**
 * The PBX's call queues as the receptionist sees them: {@link org.switchboard.queue.model.QueueMonitor}
 * keeps each {@link org.switchboard.queue.model.Queue} with its waiting callers (position and waiting
 * time) and its members (status, pause and reason, calls taken), and reports every change as a
 * {@link org.switchboard.queue.model.QueueChanged} event. JDK only.
 */
package org.switchboard.queue.model;
