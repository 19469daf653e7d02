/**
 * A deployment of its own beside the application, for the randomised presence test (it.presence): a plain subscriber
 * of the UserOffline topic (the topic belongs to the server's configuration, so the subscriber outlives the
 * application's redeploys) and a page that lists what it heard, read by the test over HTTP. Jakarta EE only, and
 * outside it.presence so that the in-container tests of that package do not carry it.
 */
package org.switchboard.it.probe;
