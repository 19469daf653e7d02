/** The CDR domain over JMX: count a day's records and write (or rewrite) a day's CSV file on demand. */
package org.switchboard.cdr.ops;
