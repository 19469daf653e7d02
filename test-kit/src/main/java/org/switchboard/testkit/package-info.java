/**
 * Test peers and helpers that every test layer uses: the polling helper here, the SIP test agent in
 * {@code sip}, log capture in {@code logging}. Test scope only; nothing in {@code src/main} of the product
 * depends on it.
 */
package org.switchboard.testkit;
