/**
 * The receptionist's console page in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver, against the deployed EAR (its page and its SIP WebSocket) with the scripted PBX or the demo PBX.
 * Each journey saves a screenshot into {@code target/screenshots}; the figures (update to shown, page load) are
 * printed and written to {@code target/browser-figures-it-h2.txt} (and {@code -it-demo.txt}), never asserted.
 */
package org.switchboard.it.browser;
