/**
 * The HTTP face of the server: the JAX-RS application (health, later the CDR API) and the Jakarta Faces
 * admin console. Resources and views only translate; the decisions are made in the EJB module.
 */
package org.switchboard.web;
