/**
 * Unit tests of {@code bin/SwitchboardCtl.java}, the operator's command line, which the build compiles with the
 * tests (it has the same package): its parsing, its listings and the verdict of {@code compare-sessions}.
 */
package org.switchboard.ctl;
