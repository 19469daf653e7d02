/** The health and version resources that monitoring and the client SDK poll. */
package org.switchboard.web.health;
