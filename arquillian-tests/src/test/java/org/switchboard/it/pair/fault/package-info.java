/**
 * The faults the two-server tests inject from inside a server: a small web application deployed beside the shipped
 * EAR (its own deployment, so the product carries none of it) that breaks and repairs the site's database through
 * the product's own datasource.
 */
package org.switchboard.it.pair.fault;
