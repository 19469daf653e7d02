package org.switchboard.it.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.Await;

/**
 * With no Asterisk configured, the shipped server runs the demo PBX: the admin console says so, lists the
 * demo office's phones and queues, and shows calls coming and going.
 */
@Tag("demo")
@ExtendWith(ArquillianExtension.class)
class DemoPbxIT {

    private static final Duration DEMO_ACTIVITY = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void givenNoAsteriskConfigured_thenTheLivePageIsLabelledDemoAndShowsTheOffice() {
        String page = Await.value("the live page of a synchronised demo", () -> live()
                .filter(html -> html.contains("AMI connected") && html.contains("model live")), DEMO_ACTIVITY);

        assertThat(page).contains("<span class=\"demo\">DEMO</span>").contains("DEMO PBX (simulated office");
        for (int phone = 201; phone <= 206; phone++) {
            assertThat(page).contains("<td>PJSIP/" + phone + "</td>");
        }
        assertThat(page).contains("<td>GeneralQueue</td>").contains("registered");
    }

    @Test
    void givenTheDemoRuns_thenCallsAppearOnTheLivePage() {
        String page = Await.value("a demo call on the live page",
                () -> live().filter(html -> html.contains("id=\"calls\"")), DEMO_ACTIVITY);

        assertThat(page).containsPattern("<td>(ALERTING|DELIVERED|ESTABLISHED|QUEUED|HELD|PARKED|INITIATED)</td>");
    }

    @Test
    void theWelcomePageLabelsThePbxAsTheDemo() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(TestServer.http("/switchboard/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("<span class=\"demo\">DEMO</span>").contains("id=\"live-link\"");
    }

    private Optional<String> live() {
        try {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(TestServer.http("/switchboard/live.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200 ? Optional.of(page.body()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
