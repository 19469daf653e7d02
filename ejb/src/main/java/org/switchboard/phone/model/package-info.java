/**
 * The company's phones as the receptionist needs them: {@link org.switchboard.phone.model.PhoneStates}
 * keeps, per device, whether it is free or on an internal or external call (from the call model), the
 * PBX's device state, and its registration and contact address. JDK only.
 */
package org.switchboard.phone.model;
