/** The Jakarta Faces admin console: views backing the pages in the WAR's web root. */
package org.switchboard.web.admin;
