/**
 * The presence of the company's users as plain Java: the online directory of logins (several per user, each with a
 * lease), the status provider that derives a user's presence from her live logins and her phone, and the
 * subscription manager that tells watchers, with each watched user's location state. No container, no protocol.
 */
package org.switchboard.presence.model;
