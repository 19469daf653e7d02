/**
 * The presence of the company's users as plain Java: the online directory of logins (several per user, each with a
 * lease), the status provider that derives a user's presence from her live logins and her phone, and the
 * subscription manager that tells watchers, with each watched user's location state. No container, no protocol.
 *
 * <p>Every part answers data: the directory its {@link org.switchboard.presence.model.DirectoryChange}s, the provider
 * the {@link org.switchboard.presence.model.PresenceEvent}s to store and publish (UserOffline exactly when a user's
 * last login ends), the manager the {@link org.switchboard.presence.model.SubscriptionEffect}s of its location
 * machine ({@link org.switchboard.presence.model.LocationTransitions}).
 */
package org.switchboard.presence.model;
