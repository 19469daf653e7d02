/** What the browser's console page asks the server over HTTP: its site and the other site of the pair. */
package org.switchboard.web.console;
