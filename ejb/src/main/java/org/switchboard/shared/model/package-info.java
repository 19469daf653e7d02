/**
 * Values that more than one domain needs, and only those: for now the refusal of a configuration value,
 * which every domain's settings record raises. JDK only.
 */
package org.switchboard.shared.model;
