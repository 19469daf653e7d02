/** The queues over JMX: every queue at a glance, and one queue's members and waiting callers. */
package org.switchboard.queue.ops;
