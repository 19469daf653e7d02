package org.switchboard.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.sip.stack.StackShutdown;
import org.switchboard.testkit.Await;

import gov.nist.javax.sip.SipStackImpl;

/**
 * Deployments made of the EAR the build ships: as it is for black-box tests, or with one more web module
 * holding the test classes, the test kit (with its SIP agent, the JAIN-SIP plumbing it shares with the server
 * and the JAIN-SIP stack it runs on) and AssertJ, for in-container tests (a web module sees the EJB module;
 * the EAR's lib does not).
 */
public final class ShippedEar {

    private static final String TEST_MODULE = "switchboard-it.war";

    private ShippedEar() {
    }

    public static EnterpriseArchive asShipped() {
        File ear = new File(System.getProperty("switchboard.ear", "target/deployments/switchboard.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The shipped EAR is missing: " + ear + " (build the ear module first)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The shipped EAR plus a web module with the test's own package and the test kit's polling helper, and the
     * scripted AMI server's test tools (recorded sessions, faults) in the EAR's libraries, beside the server
     * they drive: the faults reach its package-private hooks, which needs the same class loader.
     */
    public static EnterpriseArchive withTestsOf(Class<?> testClass) {
        EnterpriseArchive ear = asShipped();
        ear.addAsLibrary(scriptedAmiTestTools());
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addPackages(true, testClass.getPackage())
                .addPackage(ShippedEar.class.getPackage())
                .addPackages(true, Await.class.getPackage())
                .addPackage(StackShutdown.class.getPackage())
                .addAsLibraries(jarOf(Assertions.class), jarOf(SipStackImpl.class), jarOf(org.apache.log4j.Logger.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(withTestModule(applicationXml(ear))));
        return ear;
    }

    /** scripted-ami's tests jar: the packaged jar, or its classes directory when the build has not packaged it. */
    private static JavaArchive scriptedAmiTestTools() {
        File location = jarOf(AmiTrace.class);
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, "switchboard-scripted-ami-tests.jar")
                    .importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type, e);
        }
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withTestModule(String applicationXml) {
        String module = "  <module>\n    <web>\n      <web-uri>" + TEST_MODULE + "</web-uri>\n"
                + "      <context-root>/switchboard-it</context-root>\n    </web>\n  </module>\n";
        int end = applicationXml.lastIndexOf("</application>");
        if (end < 0) {
            throw new IllegalStateException("application.xml of the shipped EAR has no closing tag");
        }
        return applicationXml.substring(0, end) + module + applicationXml.substring(end);
    }
}
