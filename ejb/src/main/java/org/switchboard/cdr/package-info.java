/**
 * Call detail records as a service: storing each finished call once, reading a day back, and the daily
 * CSV export in Master.csv order that the timer writes at night and operators can ask for over JMX.
 */
package org.switchboard.cdr;
