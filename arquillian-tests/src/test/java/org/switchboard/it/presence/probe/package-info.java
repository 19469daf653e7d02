/**
 * A deployment of its own beside the application, for the randomised presence test: a plain subscriber of the
 * UserOffline topic (the topic belongs to the server's configuration, so the subscriber outlives the application's
 * redeploys) and a page that lists what it heard, read by the test over HTTP. Jakarta EE only: no class of the
 * application.
 */
package org.switchboard.it.presence.probe;
